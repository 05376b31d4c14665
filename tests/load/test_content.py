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
    sources:
      - url: https://example.nl/wijkteam
        page_date: 2025-09
        consulted: 2026-11-20
        says: "Bel of app 045 123"
      - document: a leaflet of the municipality
        page_date: no date shown
        consulted: 2026-11-21
    verified: 2026-11-24
    verified_by: A. Jansen
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
    assert contact.verified == dt.date(2026, 11, 24) and contact.verified_by == "A. Jansen"
    web, leaflet = contact.sources
    assert (web.url, web.document, web.page_date_text) == (
        "https://example.nl/wijkteam",
        None,
        "2025-09",
    )
    assert web.page_date == dt.date(2025, 9, 30)  # a month: its last day
    assert (web.consulted, web.says) == (dt.date(2026, 11, 20), "Bel of app 045 123")
    assert (leaflet.address, leaflet.page_date, leaflet.page_date_text) == (
        "a leaflet of the municipality",
        None,
        "no date shown",
    )
    assert contact.newest_page_date == dt.date(2025, 9, 30)
    assert contact.consulted == dt.date(2026, 11, 21)
    assert contact.looked_up == dt.date(2026, 11, 24)
    assert contact.where.line == 2 and contact.where.key == "contacts.0.id"
    assert contact.lines["phones.0.number"] == 5 and contact.lines["address.city"] == 11


def test_a_contact_id_used_twice_is_named_with_the_first(sample_copy):
    second = CONTACTS.split("contacts:\n")[1]
    (sample_copy / "content" / "contacts.yaml").write_text(CONTACTS + second, encoding="utf-8")
    second_line = CONTACTS.count("\n") + 1
    assert _problems(sample_copy) == [
        f"content/contacts.yaml:{second_line}  contacts.wijkteam.id  id 'wijkteam' is used twice "
        "(first on line 2)"
        "\n    → Give every contact its own id."
    ]


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        (
            "id: wijkteam",
            "id: Wijk_Team",
            "contacts.Wijk_Team.id  id 'Wijk_Team' may only hold a-z, 0-9",
        ),
        ("kind: whatsapp", "kind: fax", "contacts.wijkteam.phones.0.kind  kind 'fax' is unknown"),
        (
            "days: [mon, tue]",
            "days: [montag]",
            "contacts.wijkteam.hours.0.days  unknown day 'montag'",
        ),
        ('closes: "24:00"', 'closes: "5 pm"', "'closes' must be a time like \"09:00\""),
        (
            "verified: 2026-11-24",
            "verified: soon",
            "contacts.wijkteam.verified  must be a date like",
        ),
        (
            "    verified_by: A. Jansen\n",
            "",
            "contacts.wijkteam.verified  'verified' needs 'verified_by': the person who confirmed",
        ),
        (
            "    verified: 2026-11-24\n",
            "",
            "contacts.wijkteam.verified_by  'verified_by' needs 'verified'",
        ),
        (
            "page_date: 2025-09",
            "page_date: last year",
            "contacts.wijkteam.sources.0.page_date  'last",
        ),
        ("        page_date: 2025-09\n", "", "contacts.wijkteam.sources.0  'page_date' is missing"),
        (
            "        consulted: 2026-11-20\n",
            "",
            "contacts.wijkteam.sources.0  'consulted' is missing",
        ),
        (
            "consulted: 2026-11-20",
            "consulted: soon",
            "contacts.wijkteam.sources.0.consulted  must be a",
        ),
        (  # a date with a time of day: a message, not a crash of check (datetime < date)
            "consulted: 2026-11-20",
            "consulted: 2026-11-20 10:30:00",
            "contacts.wijkteam.sources.0.consulted  must be a date like 2026-11-24, without a "
            "time of day",
        ),
        (
            "page_date: 2025-09",
            "page_date: 2025-09-01 10:30:00",
            "contacts.wijkteam.sources.0.page_date  must be a date like 2026-11-24, without a "
            "time of day",
        ),
        (
            "      - document: a leaflet",
            "      - url: https://x.nl/\n        document: a leaflet",
            "contacts.wijkteam.sources.1  a source needs either 'url' (a web page) or "
            "'document' (a "
            "report or file), not both",
        ),
        (
            "        says:",
            "        quote:",
            "contacts.wijkteam.sources.0.quote  unknown field 'quote'",
        ),
        (
            "  - url: https://example.nl/wijkteam\n",
            "  - https://example.nl/wijkteam\n      - url: https://example.nl/wijkteam\n",
            "contacts.wijkteam.sources.0  a source must be a mapping with 'url', 'page_date' and "
            "'consulted', not text",
        ),
        ("      city: Heerlen\n", "", "contacts.wijkteam.address  'city' is missing"),
    ],
)
def test_a_wrong_field_of_a_contact_is_named_with_its_key(sample_copy, old, new, says):
    assert old in CONTACTS
    text = CONTACTS.replace(old, new)
    (sample_copy / "content" / "contacts.yaml").write_text(text, encoding="utf-8")
    [problem] = _problems(sample_copy)
    assert says in problem


def test_the_old_single_source_is_refused_with_how_to_write_sources(sample_copy):
    old = CONTACTS.split("    sources:")[0] + "    source: https://example.nl/ (a leaflet)\n"
    (sample_copy / "content" / "contacts.yaml").write_text(old, encoding="utf-8")
    [problem] = _problems(sample_copy)
    assert problem.startswith("content/contacts.yaml:17  contacts.wijkteam.source  'source' is now")
    assert "'page_date:'" in problem and "'consulted:'" in problem and "→" in problem


def test_a_contact_without_sources_is_refused(sample_copy):
    bare = CONTACTS.split("    sources:")[0]
    (sample_copy / "content" / "contacts.yaml").write_text(bare, encoding="utf-8")
    [problem] = _problems(sample_copy)
    assert problem.startswith("content/contacts.yaml:2  contacts.wijkteam  'sources' is missing")


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
        (
            "edition: 2026-11-24",
            "edition: 15-01-2027",
            "guide.yaml:3  edition  must be the edition date, like 2026-11-24\n"
            "    → Write the date as YYYY-MM-DD (year-month-day): 2027-01-15.",
        ),
        (
            "edition: 2026-11-24",
            "edition: soon",
            "→ Write the date as YYYY-MM-DD (year-month-day), e.g. 2026-11-24.",
        ),
        ("  - id: network\n    contacts: []\n", "  - network\n", "steps.0  must be a mapping"),
        ("emergency: [alarm-112,", "emergency: [112,", "emergency.0  must be a contact id"),
        (
            "max_pages: 16\n",
            "max_pages: 16\nprint_marks: none\n",
            "print_marks  must be true or false, not",
        ),
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


def test_print_marks_are_on_unless_switched_off(sample_copy):
    assert load_guide(sample_copy).settings.print_marks is True
    guide = sample_copy / "content" / "guide.yaml"
    text = guide.read_text(encoding="utf-8")
    guide.write_text(
        text.replace("max_pages: 16\n", "max_pages: 16\nprint_marks: false\n"), "utf-8"
    )
    assert load_guide(sample_copy).settings.print_marks is False
