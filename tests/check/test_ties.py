"""Every phone number, web and e-mail address written in a text is a contact's (issue 11).

Planted: the municipality's number changed in contacts.yaml while the texts still say 14 045 (in
every language); Geldfit's number changed while another contact's text quotes it; a number, a web
address and an e-mail address in a text that no contact has.
"""

from __future__ import annotations

from .damage import (
    CONTACTS,
    LANGS,
    NL,
    SAMPLE,
    check,
    contact_line,
    found,
    only,
    plant,
    q,
    set_text,
    text_line,
)

ALL = ["nl", *LANGS]


def _change_number(root, cid: str, old: str, new: str) -> int:
    return plant(
        root, CONTACTS, f'number: "{old}"', f'number: "{new}"', start=contact_line(root, cid)
    )


def test_the_sample_ties_every_number_to_a_contact():
    report = check(SAMPLE.root)
    for code in ALL:
        assert not [m for m in report.errors if "belongs to no contact" in m.text], code
        assert not [m for m in report.errors if "is not" in m.text and "'s (" in m.text], code


def test_a_changed_municipal_number_still_quoted_is_reported_in_every_language(root):
    key = "start.steps.municipality.text"
    line = _change_number(root, "gemeente-heerlen", "14 045", "14 046")
    report = check(root)
    for code in ALL:
        file = f"translations/{code}.yaml"
        m = only(report, file, key, "14 045", "error")
        assert m.line == text_line(code, key, root)
        assert m.text.startswith("the phone number 14 045 is not Gemeente Heerlen's")
        assert "(gemeente-heerlen): content/contacts.yaml has 14 046" in m.text
        assert f"contacts.gemeente-heerlen.phones, line {line}" in m.hint
        assert "in every language" in m.hint


def test_a_number_of_another_contact_quoted_in_a_text_follows_that_contact(root):
    """Geldfit's 0800 8115 is quoted in SchuldHulpMaatje's text, which names Geldfit."""
    key = "contacts.schuldhulpmaatje.about"
    assert "0800 8115" in SAMPLE.source.get(key)
    _change_number(root, "geldfit", "0800 8115", "0800 8116")
    report = check(root)
    for code in ALL:
        m = only(report, f"translations/{code}.yaml", key, "0800 8115", "error")
        assert m.line == text_line(code, key, root)
        assert "is not Geldfit's (geldfit): content/contacts.yaml has 0800 8116" in m.text


def test_a_number_no_contact_has_is_an_error(root):
    key = "contacts.huurcommissie.about"
    line = set_text(root, "nl", key, q("Bel ons op 045 123 4567 of mail naar info@huur.nl."))
    report = check(root)
    phone = only(report, NL, key, "045 123 4567", "error")
    assert phone.line == line
    assert phone.text.startswith("the phone number 045 123 4567 in this text belongs to no contact")
    assert "add it to the contact it belongs to" in phone.hint
    mail = only(report, NL, key, "info@huur.nl", "error")
    assert mail.text.startswith("the e-mail address info@huur.nl")


def test_a_web_address_must_be_the_contacts(root):
    key = "contacts.huurcommissie.about"
    set_text(root, "nl", key, q("Kijk op www.huurcommissie.nl of op www.huurwijzer.nl."))
    report = check(root)
    assert not found(report, NL, key, "address www.huurcommissie.nl")  # the contact's own
    m = only(report, NL, key, "huurwijzer.nl", "error")
    assert "is not Huurcommissie's (huurcommissie)" in m.text
    assert "https://www.huurcommissie.nl/" in m.text


def test_an_emergency_text_with_a_wrong_number(root):
    key = "cover.emergency"
    line = set_text(root, "tr", key, q("Hayati tehlike mi var? 911'i arayın."))
    m = only(check(root), "translations/tr.yaml", key, "phone number 911", "error")
    assert m.line == line and "Alarmnummer 112's (alarm-112)" in m.text
