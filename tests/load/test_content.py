"""contacts.yaml and guide.yaml into the model: every field, and every problem with its key."""

from __future__ import annotations

import datetime as dt

import pytest

from hulpwijzer.load import load_guide
from hulpwijzer.model import Address, InputError, Phone

CONTACTS = """\
contacts:
  - id: wijkteam
    name: Wijkteam
    phones:
      - number: 045 123
        kind: whatsapp
        free: true
    address:
      street: Kruisstraat 1
      postcode: 6411 BS
      city: Heerlen
    hours:
      - days: [mon, tue]
        opens: 09:00
        closes: "24:00"
    website: https://example.nl/
    source: a leaflet
    verified: 2026-11-24
"""


def _problems(root) -> list[str]:
    with pytest.raises(InputError) as caught:
        load_guide(root)
    return [m.format() for m in caught.value.messages]


def test_the_sample_is_read_into_the_model(sample_root):
    guide = load_guide(sample_root)
    assert guide.settings.source_language == "nl"
    assert guide.settings.edition == dt.date(2026, 11, 24)
    assert "alarm-112" in guide.contacts and guide.emergency[0] == "alarm-112"
    assert [step.id for step in guide.steps][:2] == ["network", "neighbourhood"]
    assert guide.lines["steps.1.contacts"] == guide.steps[1].where.line + 1
    assert "nl" in guide.translations


def test_a_contact_is_read_with_every_field_and_its_lines(sample_copy):
    (sample_copy / "content" / "contacts.yaml").write_text(CONTACTS, encoding="utf-8")
    contact = load_guide(sample_copy).contacts["wijkteam"]
    assert contact.phones == (Phone("045 123", "whatsapp", free=True, always_open=False),)
    assert contact.address == Address("Kruisstraat 1", "6411 BS", "Heerlen")
    [hours] = contact.hours
    assert hours.days == ("mon", "tue")
    # an unquoted 09:00 is a number to YAML 1.1 (540); 24:00 is the end of the day
    assert (hours.opens, hours.closes) == (dt.time(9, 0), dt.time(23, 59))
    assert contact.verified == dt.date(2026, 11, 24)
    assert contact.where.line == 2 and contact.where.key == "contacts.0.id"
    assert contact.lines["phones.0.number"] == 5 and contact.lines["address.city"] == 11


def test_a_contact_id_used_twice_is_named_with_the_first(sample_copy):
    second = CONTACTS.split("contacts:\n")[1]
    (sample_copy / "content" / "contacts.yaml").write_text(CONTACTS + second, encoding="utf-8")
    assert _problems(sample_copy) == [
        "content/contacts.yaml:19  contacts.1.id  id 'wijkteam' is used twice (first on line 2)"
        "\n    → Give every contact its own id."
    ]


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ("id: wijkteam", "id: Wijk_Team", "contacts.0.id  id 'Wijk_Team' may only hold a-z, 0-9"),
        ("kind: whatsapp", "kind: fax", "contacts.0.phones.0.kind  kind 'fax' is unknown"),
        ("days: [mon, tue]", "days: [maandag]", "contacts.0.hours.0.days  unknown day 'maandag'"),
        ('closes: "24:00"', 'closes: "5 pm"', "'closes' must be a time like \"09:00\""),
        ("verified: 2026-11-24", "verified: soon", "contacts.0.verified  must be a date like"),
        ("    source: a leaflet\n", "", "contacts.0  'source' is missing"),
        ("      city: Heerlen\n", "", "contacts.0.address  'city' is missing"),
    ],
)
def test_a_wrong_field_of_a_contact_is_named_with_its_key(sample_copy, old, new, says):
    assert old in CONTACTS
    text = CONTACTS.replace(old, new)
    (sample_copy / "content" / "contacts.yaml").write_text(text, encoding="utf-8")
    [problem] = _problems(sample_copy)
    assert says in problem


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ("page_size: A5", "page_size: A3", "page_size  page size 'A3' is not supported"),
        (
            "max_pages: 16",
            "max_pages: 2",
            "max_pages  must be a whole number from 4 to 10000, not 2",
        ),
        ("edition: 2026-11-24", "edition: soon", "edition  must be the edition date"),
        ("  - id: network\n    contacts: []\n", "  - network\n", "steps.0  must be a mapping"),
        ("emergency: [alarm-112,", "emergency: [112,", "emergency.0  must be a contact id"),
    ],
)
def test_a_wrong_setting_of_the_guide_is_named_with_its_key(sample_copy, old, new, says):
    guide = sample_copy / "content" / "guide.yaml"
    text = guide.read_text(encoding="utf-8")
    assert old in text
    guide.write_text(text.replace(old, new), encoding="utf-8")
    [problem] = _problems(sample_copy)
    assert says in problem


def test_problems_of_all_files_are_reported_together(sample_copy):
    (sample_copy / "content" / "contacts.yaml").write_text("contacts: a: b\n", encoding="utf-8")
    (sample_copy / "content" / "guide.yaml").unlink()
    (sample_copy / "translations" / "tr.yaml").write_text("- a\n", encoding="utf-8")
    problems = _problems(sample_copy)
    assert [p.split("  ")[0] for p in problems] == [
        "content/guide.yaml",
        "content/contacts.yaml:1:12",
        "translations/tr.yaml:1",
    ]
