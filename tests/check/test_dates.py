"""The dates behind the facts: sources read, the date a page shows, a person's confirmation.

The sample is sourced but confirmed by nobody: every printed contact gets the warning "no
person has confirmed it", and those whose newest source is older than two years (or shows no
date) get a second one. A person's recent confirmation silences the age warning.
"""

from __future__ import annotations

import datetime as dt

from hulpwijzer.cli import main

from .damage import (
    CONTACTS,
    GUIDE,
    SAMPLE,
    TODAY,
    a_contact,
    check,
    contact_line,
    found,
    only,
    plant,
)


def _confirm(root, cid: str, day: str, by: str = "Anna de Vries") -> int:
    """Add verified/verified_by to contact ``cid``; return the line of 'verified'."""
    start = contact_line(root, cid)
    line = plant(root, CONTACTS, "    sources:", f"    verified: {day}", start=start)
    path = root / CONTACTS
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[line:line] = [f"    verified_by: {by}", "    sources:"]
    path.write_text("\n".join(lines), encoding="utf-8")
    return line


def test_the_sample_is_sourced_but_confirmed_by_nobody():
    report = check(SAMPLE.root)
    assert not report.errors
    for cid, contact in SAMPLE.contacts.items():
        assert contact.verified is None and contact.verified_by is None, cid
        m = only(report, CONTACTS, f"contacts.{cid}.verified", "no person has confirmed")
        assert m.level == "warning" and m.line == contact.where.line
        assert "verified_by: <your name>" in m.hint


def test_an_old_source_is_a_warning_naming_its_date():
    """alarm-112's newest dated page is of 2021 (the other shows no date)."""
    m = only(check(SAMPLE.root), CONTACTS, "contacts.alarm-112.sources", "newest source")
    assert m.level == "warning"
    assert m.text.startswith("its newest source is dated 2021-02-11, more than 24 months ago")
    assert m.line == SAMPLE.contacts["alarm-112"].lines["sources"]


def test_a_fresh_source_silences_the_age_warning_and_the_age_is_a_setting(root):
    cid = "politie-geen-spoed"  # newest page: 7 February 2026
    assert not found(check(root), CONTACTS, f"contacts.{cid}.sources")
    plant(root, GUIDE, "max_source_age_months: 24", "max_source_age_months: 6")
    m = only(check(root, dt.date(2026, 12, 2)), CONTACTS, f"contacts.{cid}.sources")
    assert "dated 2026-02-07, more than 6 months ago" in m.text


def test_planted_old_source_is_reported_with_file_line_and_key(root):
    cid = "politie-geen-spoed"
    start = contact_line(root, cid)
    plant(root, CONTACTS, "page_date: 2026-02-07", "page_date: 2023-02-07", start=start)
    m = only(check(root), CONTACTS, f"contacts.{cid}.sources", "newest source")
    lines = (root / CONTACTS).read_text(encoding="utf-8").split("\n")
    assert lines[m.line - 1] == "    sources:" and m.line > start
    assert "dated 2023-02-07" in m.text


def test_no_source_showing_a_date_is_a_warning():
    cid = "meld-misdaad-anoniem"
    m = only(check(SAMPLE.root), CONTACTS, f"contacts.{cid}.sources", "shows a date")
    assert m.text.startswith("none of its 1 source(s) shows a date")


def test_a_persons_confirmation_counts_and_ages(root):
    cid = "alarm-112"
    line = _confirm(root, cid, "2026-11-30")
    report = check(root)
    assert not found(report, CONTACTS, f"contacts.{cid}.verified")
    assert not found(report, CONTACTS, f"contacts.{cid}.sources")  # the person checked it now
    later = dt.date(2028, 1, 15)
    m = only(check(root, later), CONTACTS, f"contacts.{cid}.verified", "more than 12 months")
    assert m.line == line and "confirmed by Anna de Vries on 2026-11-30" in m.text
    assert found(check(root, later), CONTACTS, f"contacts.{cid}.sources", "newest source")


def test_dates_in_the_future_are_errors(root):
    cid = "alarm-112"
    line = _confirm(root, cid, "2099-01-01")
    m = only(check(root), CONTACTS, f"contacts.{cid}.verified", "in the future", "error")
    assert m.line == line
    start = contact_line(root, cid)
    line = plant(root, CONTACTS, "consulted: 2026-12-02", "consulted: 2099-12-02", start=start)
    m = only(check(root), CONTACTS, f"contacts.{cid}.sources", "consulted on 2099-12-02", "error")
    assert m.line == line and "source 1" in m.text


def test_a_page_date_after_the_day_it_was_read_is_an_error(root):
    cid = "politie-geen-spoed"
    start = contact_line(root, cid)
    line = plant(root, CONTACTS, "page_date: 2026-02-07", "page_date: 2026-12-01", start=start)
    plant(root, CONTACTS, "consulted: 2026-12-02", "consulted: 2026-11-24", start=line)
    m = only(check(root), CONTACTS, f"contacts.{cid}.sources", "after the day", "error")
    assert m.line == line and "source 2 shows the date 2026-12-01" in m.text


def test_strict_fails_on_unconfirmed_and_old_sources(root, capsys):
    assert main(["--root", str(root), "check", "--no-layout"]) == 0
    assert main(["--root", str(root), "check", "--no-layout", "--strict"]) == 1
    out = capsys.readouterr().out
    assert "no person has confirmed it" in out and "more than 24 months ago" in out


def test_today_is_not_before_the_sample_was_looked_up():
    assert TODAY >= max(c.consulted for c in SAMPLE.contacts.values())
    assert a_contact(lambda c: c.sources)
