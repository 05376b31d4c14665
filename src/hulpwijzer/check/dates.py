"""The dates behind a contact's facts: when its sources were read, what date they show, and
whether a person confirmed the facts with the organisation.

Reading a page is not confirming a fact: ``verified`` with ``verified_by`` records a person's
confirmation with the organisation or its own current site. A printed contact that no person
confirmed, or whose newest source is older than ``max_source_age_months`` (or shows no date),
is a warning, so ``check --strict`` fails on it before a print run.
"""

from __future__ import annotations

import calendar
import datetime as dt

from ..model import Contact, Message
from .contacts import contact_place
from .inputs import Inputs
from .report import Report


def check_dates(inputs: Inputs, report: Report) -> list[Message]:
    """Every contact: its sources' dates and a person's confirmation."""
    return [
        message
        for contact in inputs.guide.contacts.values()
        for check in (sources_read, confirmed_by_person, source_age)
        for message in check(contact, inputs)
    ]


def sources_read(c: Contact, inputs: Inputs) -> list[Message]:
    """Each source read on a real day: not in the future, not before the date the page shows."""
    out = []
    for i, source in enumerate(c.sources):
        consulted = contact_place(c, "sources", f"sources.{i}.consulted")
        if source.consulted > inputs.today:
            out.append(
                consulted.error(
                    f"source {i + 1} was consulted on {source.consulted.isoformat()}, "
                    "a day in the future",
                    f"Write the day you read it, at the latest today ({inputs.today.isoformat()}).",
                )
            )
        exact = len(source.page_date_text) == 10  # a day; a month or year may end later
        if source.page_date and exact and source.page_date > source.consulted:
            out.append(
                contact_place(c, "sources", f"sources.{i}.page_date").error(
                    f"source {i + 1} shows the date {source.page_date_text}, after the day it "
                    f"was consulted ({source.consulted.isoformat()})",
                    "One of the two dates is wrong: check the page and the day you read it.",
                )
            )
    return out


def confirmed_by_person(c: Contact, inputs: Inputs) -> list[Message]:
    """A person's confirmation: present, not in the future, not older than
    max_verified_age_months."""
    today, months = inputs.today, inputs.guide.settings.max_verified_age_months
    if c.verified is None:
        return [
            contact_place(c, "verified", "id").warning(
                "is sourced, but no person has confirmed it with the organisation",
                _confirm(c, today),
            )
        ]
    if c.verified > today:
        return [
            contact_place(c, "verified").error(
                f"the date {c.verified.isoformat()} is in the future",
                f"Write the date it was confirmed, at the latest today ({today.isoformat()}).",
            )
        ]
    if c.verified < _months_before(today, months):
        return [
            contact_place(c, "verified").warning(
                f"confirmed by {c.verified_by} on {c.verified.isoformat()}, more than {months} "
                "months ago",
                _confirm(c, today),
            )
        ]
    return []


def source_age(c: Contact, inputs: Inputs) -> list[Message]:
    """A printed contact whose newest source is older than max_source_age_months, or shows no
    date at all, unless a person confirmed it lately."""
    guide, today = inputs.guide, inputs.today
    if c.id not in inputs.printed:
        return []
    if c.verified and c.verified >= _months_before(today, guide.settings.max_verified_age_months):
        return []  # a person's recent confirmation counts more than the age of the pages
    months = guide.settings.max_source_age_months
    newest = c.newest_page_date
    hint = (
        "Find a current page of the organisation (its own site) and add it to 'sources' with "
        "its page_date, or confirm the facts with the organisation (verified, verified_by)."
    )
    if newest is None:
        return [
            contact_place(c, "sources").warning(
                f"none of its {len(c.sources)} source(s) shows a date: how current its facts "
                "are is unknown",
                hint,
            )
        ]
    if newest < _months_before(today, months):
        shown = next(s.page_date_text for s in c.sources if s.page_date == newest)
        return [
            contact_place(c, "sources").warning(
                f"its newest source is dated {shown}, more than {months} months ago: the "
                "printed facts may have changed",
                hint,
            )
        ]
    return []


def _confirm(c: Contact, today: dt.date) -> str:
    """What a person should confirm, where, and what to write then."""
    what = []
    if c.phones:
        what.append("phone number" + ("s" if len(c.phones) > 1 else ""))
    if c.hours:
        what.append("opening hours")
    if c.address:
        what.append("address")
    if c.website:
        what.append("website")
    if c.email:
        what.append("e-mail")
    facts = ", ".join(what) if what else "the entry"
    site = f" or on {c.website}" if c.website else ""
    return (
        f"Before printing, confirm {facts} with the organisation (by phone{site}); then add "
        f"verified: {today.isoformat()} and verified_by: <your name>."
    )


def _months_before(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
