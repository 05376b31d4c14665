"""content/contacts.yaml: phone numbers, website, e-mail, postcode, hours, verified dates."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from hulpwijzer import links
from hulpwijzer.check import validate
from hulpwijzer.cli import main
from hulpwijzer.load import load_guide
from hulpwijzer.phones import display_phone, phone_info
from hulpwijzer.publish.run import check_guide

from .damage import (
    CONTACTS,
    SAMPLE,
    TODAY,
    a_contact,
    check,
    contact_line,
    found,
    only,
    plant,
)


def test_invalid_phone_number(root):
    cid = a_contact(lambda c: c.phones and not c.phones[0].number.startswith(("1", "0800")))
    number = SAMPLE.contacts[cid].phones[0].number
    line = plant(root, CONTACTS, f'number: "{number}"', f'number: "{number[:-1]}"')
    m = only(check(root), CONTACTS, f"contacts.{cid}.phones", "not a valid", "error")
    assert m.line == line and number[:-1] in m.text


@pytest.mark.parametrize(
    ("number", "display", "free"),
    [
        ("112", "112", True),
        ("113", "113", True),
        ("116 123", "116123", True),
        ("14 045", "14 045", False),
        ("0800-2000", "0800 2000", True),
        ("0900 8844", "0900 8844", False),
        ("088 506 6262", "088 506 6262", False),
        ("045 560 2595", "045 560 2595", False),
        ("+31 45 560 2595", "045 560 2595", False),
        ("06 12345678", "06 12345678", False),
    ],
)
def test_dutch_numbers_are_accepted_and_printed_in_one_format(number, display, free):
    info = phone_info(number)
    assert (info.problem, info.display, info.free) == ("", display, free)
    assert display_phone(number) == display


@pytest.mark.parametrize(
    ("number", "gist"),
    [("+49 241 123456", "not a Dutch phone number"), ("0800 HULP", "not a phone number")],
)
def test_foreign_and_lettered_numbers(root, number, gist):
    cid = a_contact(lambda c: c.phones)
    line = plant(
        root, CONTACTS, f'number: "{SAMPLE.contacts[cid].phones[0].number}"', f'number: "{number}"'
    )
    m = only(check(root), CONTACTS, f"contacts.{cid}.phones", gist, "error")
    assert m.line == line


def test_paid_number_marked_free_and_free_number_not_marked(root):
    paid = a_contact(lambda c: c.phones and c.phones[0].number.startswith("0900"))
    start = contact_line(root, paid)
    line = plant(root, CONTACTS, "free: false", "free: true", start=start)
    report = check(root)
    m = only(report, CONTACTS, f"contacts.{paid}.phones", "marked free", "error")
    assert m.line == line and "cost money" in m.text
    free = a_contact(lambda c: c.phones and c.phones[0].number.startswith("0800"))
    line = plant(root, CONTACTS, "free: true", "free: false", start=contact_line(root, free))
    m = only(check(root), CONTACTS, f"contacts.{free}.phones", "not marked free", "warning")
    assert m.line == line - 2  # the line of the phone entry ("- number: …")


@pytest.mark.parametrize(
    ("url", "gist"),
    [
        ("http://adviesraadmo.nl/", "starts with http://"),
        ("https://adviesraadmo", "no valid domain name"),
        ("adviesraadmo.nl", "not a web address starting with https://"),
        ("https://advies raadmo.nl/", "contains a space"),
    ],
)
def test_website_must_be_a_well_formed_https_url(root, url, gist):
    cid = a_contact(lambda c: c.website and c.website.startswith("https://"))
    line = plant(root, CONTACTS, f"website: {SAMPLE.contacts[cid].website}", f"website: {url}")
    m = only(check(root), CONTACTS, f"contacts.{cid}.website", gist, "error")
    assert m.line == line


def test_email_address(root):
    cid = a_contact(lambda c: c.email)
    email = SAMPLE.contacts[cid].email
    line = plant(root, CONTACTS, f"email: {email}", f"email: {email.replace('@', ' at ')}")
    m = only(check(root), CONTACTS, f"contacts.{cid}.email", "is not an e-mail address", "error")
    assert m.line == line


@pytest.mark.parametrize(
    ("email", "valid"),
    [
        ("info@heerlen.nl", True),
        ("a.b+c@sub.example.museum", True),
        ("x@y." + "a" * 63, True),  # the longest top-level domain
        ("x@y." + "a" * 64, False),
        ("a@b", False),
        ("a..b@heerlen.nl", False),
        (".a@heerlen.nl", False),
        ("a b@heerlen.nl", False),
        ("mailto:a@heerlen.nl", False),
    ],
)
def test_an_email_address_is_checked_by_the_rule_of_the_link_gate(email, valid):
    """One rule: the check accepts exactly the addresses that become a mailto: link."""
    cid = a_contact(lambda c: c.email)
    contact = dataclasses.replace(SAMPLE.contacts[cid], email=email)
    contact.lines.update(SAMPLE.contacts[cid].lines)
    guide = dataclasses.replace(SAMPLE, contacts={**SAMPLE.contacts, cid: contact})
    refused = found(validate(guide, TODAY), CONTACTS, f"contacts.{cid}.email", "not an e-mail")
    assert links.is_email(email) is valid
    assert (links.mailto(email) is not None) is valid
    assert (not refused) is valid


@pytest.mark.parametrize(
    ("postcode", "level", "gist"),
    [
        ("641 BS", "error", "is not a Dutch postcode"),
        ("6411 SS", "error", "is not a Dutch postcode"),
        ("6411bs", "warning", "write the postcode as '6411 BS'"),
    ],
)
def test_postcode(root, postcode, level, gist):
    cid = a_contact(lambda c: c.address)
    old = SAMPLE.contacts[cid].address.postcode
    line = plant(root, CONTACTS, f"postcode: {old}", f"postcode: {postcode}")
    m = only(check(root), CONTACTS, f"contacts.{cid}.address.postcode", gist, level)
    assert m.line == line


def _add_hours(root: Path, cid: str, rows: list[str]) -> list[int]:
    """Give contact ``cid`` these hours rows ("[mon, tue] 09:00 17:00"); return their lines."""
    start = contact_line(root, cid)
    block = ["    hours:"]
    for row in rows:
        days, opens, closes = row.rsplit(" ", 2)
        block += [
            f"      - days: {days}",
            f'        opens: "{opens}"',
            f'        closes: "{closes}"',
        ]
    line = plant(root, CONTACTS, "    sources:", "\n".join(block + ["    sources:"]), start=start)
    return [line + 1 + 3 * i for i in range(len(rows))]


def test_opening_hours_that_close_before_they_open(root):
    cid = a_contact(lambda c: c.address)
    (line,) = _add_hours(root, cid, ["[mon, tue] 17:00 09:00"])
    m = only(check(root), CONTACTS, f"contacts.{cid}.hours", "must open before it closes", "error")
    assert m.line == line


def test_overlapping_opening_hours(root):
    cid = a_contact(lambda c: c.address)
    first, second = _add_hours(root, cid, ["[mon, tue] 09:00 12:00", "[tue] 11:00 17:00"])
    m = only(check(root), CONTACTS, f"contacts.{cid}.hours", "overlaps", "error")
    assert m.line == second and "on Tuesday" in m.text and f"(line {first})" in m.text


def test_day_listed_twice_and_valid_hours(root):
    cid = a_contact(lambda c: c.address)
    (line, _) = _add_hours(root, cid, ["[mon, mon] 09:00 12:00", "[mon] 13:00 17:00"])
    report = check(root)
    m = only(report, CONTACTS, f"contacts.{cid}.hours", "listed twice", "warning")
    assert m.line == line
    assert len(found(report, CONTACTS, f"contacts.{cid}.hours")) == 1


def test_unknown_day_is_refused_with_the_contacts_id_and_the_day_names(root, capsys):
    cid = a_contact(lambda c: c.address)
    (line,) = _add_hours(root, cid, ["[montag] 09:00 12:00"])
    assert main(["--root", str(root), "check", "--no-layout"]) == 1
    out = capsys.readouterr().out
    assert f"{CONTACTS}:{line}  contacts.{cid}.hours.0.days  unknown day 'montag'" in out
    assert "→ Use: mon tue wed thu fri sat sun (or in Dutch: ma di wo do vr za zo)." in out


def test_dutch_day_names_are_read_as_days(root):
    cid = a_contact(lambda c: c.address)
    _add_hours(root, cid, ["[ma, Di, woensdag, do., vr] 09:00 12:00", "[za, zondag] 10:00 11:00"])
    contact = load_guide(root).contacts[cid]
    assert [h.days for h in contact.hours] == [
        ("mon", "tue", "wed", "thu", "fri"),
        ("sat", "sun"),
    ]


def test_unverified_facts_are_listed_for_staff():
    cid = a_contact(lambda c: c.unverified)
    report = check_guide(SAMPLE, today=TODAY)
    m = only(report, CONTACTS, f"contacts.{cid}.unverified", "still to be confirmed", "warning")
    assert m.line == SAMPLE.contacts[cid].lines["unverified"]
