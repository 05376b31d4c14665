"""content/contacts.yaml: every fact on a contact card, checked field by field.

Each check below looks at one field of one contact and has the same signature, so adding a
rule is adding a function to :data:`CONTACT_CHECKS`. Residents act on these facts (they call
the number, walk to the address), so a fact that cannot be right is an error and a fact that
nobody has checked lately is a warning.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from ..links import is_email
from ..model import PHONE_KINDS, WEEKDAYS, Contact, Message, Phone
from ..phones import PhoneInfo, phone_info
from ..texts import char_name
from .inputs import Inputs
from .messages import CONTENT_CONTACTS, Place
from .report import Report
from .textrules import invisible, url_problem

DAY_NAMES = dict(zip(WEEKDAYS, calendar.day_name, strict=True))
POSTCODE = re.compile(r"([1-9]\d{3}) ?([A-Za-z]{2})")
NO_POSTCODE_LETTERS = ("SA", "SD", "SS")  # never used in Dutch postcodes
# fields of a contact that are text, with their path in the entry (website is checked as a URL);
# the first five are printed on the card
CONTACT_TEXTS = (
    ("name", lambda c: c.name),
    ("address.street", lambda c: c.address.street if c.address else None),
    ("address.postcode", lambda c: c.address.postcode if c.address else None),
    ("address.city", lambda c: c.address.city if c.address else None),
    ("email", lambda c: c.email),
    ("verified_by", lambda c: c.verified_by),
    ("unverified", lambda c: c.unverified),
)
PRINTED_CONTACT_TEXTS = CONTACT_TEXTS[:5]


def contact_line(contact: Contact, path: str) -> int:
    """Line of a dotted path inside one contact entry, or of its nearest parent."""
    while path:
        if path in contact.lines:
            return contact.lines[path]
        path = path.rpartition(".")[0]
    return contact.where.line if contact.where else 1


def contact_place(c: Contact, field_: str, path: str = "") -> Place:
    """The place of one field (``""``: the entry) of a contact, on the line of ``path``."""
    file = c.where.file if c.where else CONTENT_CONTACTS
    key = f"contacts.{c.id}.{field_}" if field_ else f"contacts.{c.id}"
    return Place(file, contact_line(c, path or field_ or "id"), key)


def check_contacts(inputs: Inputs, report: Report) -> list[Message]:
    """Every contact, by every check of :data:`CONTACT_CHECKS`."""
    return [
        message
        for contact in inputs.guide.contacts.values()
        for check in CONTACT_CHECKS
        for message in check(contact, inputs)
    ]


def _phones(c: Contact, inputs: Inputs) -> list[Message]:
    """Dutch numbers, each listed once (the rules per number: :func:`_phone`)."""
    out = []
    seen: set[str] = set()
    for i, phone in enumerate(c.phones):
        info = phone_info(phone.number)
        place = contact_place(c, "phones", f"phones.{i}.number")
        if info.problem:
            out.append(place.error(info.problem, info.hint))
            continue
        if info.digits in seen:
            out.append(place.warning(f"{info.display} is listed twice", "Delete one of them."))
        seen.add(info.digits)
        out += _phone(c, i, phone, info)
    return out


def _phone(c: Contact, i: int, phone: Phone, info: PhoneInfo) -> list[Message]:
    """A known kind, 'free' as the number is, and no messages to a short number."""
    out = []
    kind = contact_place(c, "phones", f"phones.{i}.kind")
    if phone.kind not in PHONE_KINDS:
        out.append(kind.error(f"kind '{phone.kind}' is unknown"))
    if info.paid and phone.free:
        out.append(
            contact_place(c, "phones", f"phones.{i}.free").error(
                f"{info.display} is marked free, but calls to {info.digits[:4]} numbers cost money",
                "Set free: false (or leave the line out).",
            )
        )
    elif info.free and not phone.free:
        out.append(
            contact_place(c, "phones", f"phones.{i}").warning(
                f"{info.display} is free of charge, but not marked free",
                "Add 'free: true', so that the guide says it costs nothing.",
            )
        )
    if phone.kind in ("whatsapp", "text") and info.short:
        out.append(
            kind.error(
                f"{info.display} is a short number: it cannot receive {phone.kind} messages",
                "Use kind: voice.",
            )
        )
    return out


def _postcode(c: Contact, inputs: Inputs) -> list[Message]:
    """A Dutch postcode, written as 6411 BS."""
    if c.address is None:
        return []
    place = contact_place(c, "address.postcode")
    postcode = c.address.postcode.strip()
    match = POSTCODE.fullmatch(postcode)
    if not match or match.group(2).upper() in NO_POSTCODE_LETTERS:
        return [
            place.error(
                f"'{postcode}' is not a Dutch postcode",
                "A Dutch postcode is 4 digits and 2 letters, like 6411 BS.",
            )
        ]
    canonical = f"{match.group(1)} {match.group(2).upper()}"
    if postcode == canonical:
        return []
    return [
        place.warning(
            f"write the postcode as '{canonical}', not '{postcode}'",
            "Dutch postcodes are written with a space and capital letters.",
        )
    ]


def _website(c: Contact, inputs: Inputs) -> list[Message]:
    """A website that may be printed and linked (https, a valid domain)."""
    problem = url_problem(c.website) if c.website is not None else None
    return [contact_place(c, "website").error(*problem)] if problem else []


def _email(c: Contact, inputs: Inputs) -> list[Message]:
    """An e-mail address by the rule of the link gate (:func:`hulpwijzer.links.is_email`)."""
    if c.email is None or is_email(c.email):
        return []
    return [
        contact_place(c, "email").error(
            f"'{c.email}' is not an e-mail address",
            "Write it like name@example.nl, without 'mailto:' or spaces.",
        )
    ]


def _hours(c: Contact, inputs: Inputs) -> list[Message]:
    """Opening hours: known days, each once per line, opening before closing, no overlaps."""
    out = []
    taken: dict[str, list[tuple[dt.time, dt.time, int]]] = {}
    for i, entry in enumerate(c.hours):
        place = contact_place(c, "hours", f"hours.{i}")
        if entry.where:  # the line of the entry itself
            place = replace(place, line=entry.where.line)
        unknown = [d for d in entry.days if d not in WEEKDAYS]
        if unknown:
            out.append(place.error(f"unknown day '{unknown[0]}'", "Use: " + " ".join(WEEKDAYS)))
        doubled = sorted({d for d in entry.days if entry.days.count(d) > 1})
        if doubled:
            out.append(place.warning(f"'{doubled[0]}' is listed twice in one line"))
        opens, closes = entry.opens.strftime("%H:%M"), entry.closes.strftime("%H:%M")
        if entry.opens >= entry.closes:
            out.append(
                place.error(
                    f"opens at {opens} but closes at {closes}: it must open before it closes",
                    "Check the times (24-hour clock: 17:00, not 5:00). For hours past midnight, "
                    "write two lines, one for each day.",
                )
            )
            continue
        for day in dict.fromkeys(entry.days):
            for other_opens, other_closes, other_line in taken.get(day, []):
                if entry.opens < other_closes and other_opens < entry.closes:
                    out.append(
                        place.error(
                            f"on {DAY_NAMES.get(day, day)}, {opens}–{closes} overlaps "
                            f"{other_opens:%H:%M}–{other_closes:%H:%M} (line {other_line})",
                            "Every day may appear in several lines, but their times must not "
                            "overlap: correct or merge them.",
                        )
                    )
            taken.setdefault(day, []).append((entry.opens, entry.closes, place.line))
    return out


def _invisible_characters(c: Contact, inputs: Inputs) -> list[Message]:
    """Invisible and control characters in the contact's texts and phone numbers."""
    out = []
    for path, get in CONTACT_TEXTS:
        value = get(c)
        for position, ch in invisible(value or "")[:1]:
            before = value[max(0, position - 15) : position].strip()
            out.append(
                contact_place(c, path).error(
                    f'contains the invisible character {char_name(ch)} (after "{before}")',
                    "Delete it: retype the words around it, or paste the text without formatting.",
                )
            )
    for i, source in enumerate(c.sources):
        for part, value in (("says", source.says), ("", source.address)):
            for _, ch in invisible(value)[:1]:
                out.append(
                    contact_place(c, "sources", f"sources.{i}.{part}".rstrip(".")).error(
                        f"source {i + 1} contains the invisible character {char_name(ch)}",
                        "Delete it: retype the words around it, or paste without formatting.",
                    )
                )
    for i, phone in enumerate(c.phones):
        for _, ch in invisible(phone.number)[:1]:
            out.append(
                contact_place(c, "phones", f"phones.{i}.number").error(
                    f"the number contains the invisible character {char_name(ch)}",
                    "Retype the number.",
                )
            )
    return out


def _name(c: Contact, inputs: Inputs) -> list[Message]:
    """A name to print on the card."""
    if c.name.strip():
        return []
    return [
        contact_place(c, "name").error(
            "the name is empty", "Write the name as the organisation writes it."
        )
    ]


def _reachable(c: Contact, inputs: Inputs) -> list[Message]:
    """At least one way for a reader to reach the contact."""
    if c.phones or c.website or c.email or c.address:
        return []
    return [
        contact_place(c, "").warning(
            "has no phone number, website, e-mail or address: readers cannot reach it",
            "Add at least one way to reach it before printing.",
        )
    ]


def _unverified(c: Contact, inputs: Inputs) -> list[Message]:
    """Facts still to be confirmed, listed for the staff before printing."""
    if not (c.unverified and c.unverified.strip()):
        return []
    return [
        contact_place(c, "unverified").warning(
            f'still to be confirmed before printing: "{" ".join(c.unverified.split())}"',
            "Confirm it with the organisation or a source, update the entry, then delete the "
            "'unverified' lines.",
        )
    ]


CONTACT_CHECKS: tuple[Callable[[Contact, Inputs], list[Message]], ...] = (
    _phones,
    _postcode,
    _website,
    _email,
    _hours,
    _invisible_characters,
    _name,
    _reachable,
    _unverified,
)
