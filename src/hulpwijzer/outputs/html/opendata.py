"""The contacts as open data: Open Referral's Human Services Data Specification (HSDS) 3.0.

``site/data/hulpwijzer.json`` is what an HSDS 3.0 API answers to ``GET /services`` (one page holding
every service): the page fields of the API's ``Page`` and ``contents``, a list of ``service``
objects as in HSDS 3.0's ``schema/compiled/service.json``, each with its ``organization``,
``phones``, ``schedules`` (RFC 5545 weekly rules) and, where the contact has an address, a physical
``location`` through ``service_at_locations``. ``assured_date`` is the date a person confirmed the
contact (``verified``), absent while nobody has. Identifiers are UUIDs derived from the contact ids,
so they stay the same from build to build. Only facts of ``content/contacts.yaml`` are written: the
province is not recorded there, so ``state_province`` (required by HSDS) is empty. Two fields
outside HSDS (allowed: its schemas do not forbid other fields) keep what a reuser must know:
``x_hulpwijzer_sources`` (where each fact was read, the date the page shows and the day it was read)
and ``x_hulpwijzer_unverified`` (what is not confirmed yet).
"""

from __future__ import annotations

import json
import uuid

from ... import links
from ...compose.texts import Texts
from ...model import Contact, Guide, OpeningHours

HSDS_VERSION = "3.0"
NAMESPACE = uuid.UUID("6f1d3c52-6a8e-4f43-9d57-6b3c1a1f2e10")  # hulpwijzer's UUID namespace
_BYDAY = {"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}
_PHONE_TYPES = {"voice": "voice", "whatsapp": "text", "text": "text"}


def uid(*parts: str) -> str:
    """A stable UUID for one record: the same contact gives the same id in every build."""
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def hsds(guide: Guide) -> bytes:
    """Every contact of the guide as an HSDS 3.0 service, in the order of contacts.yaml."""
    t = Texts(guide, guide.settings.source_language)
    services = [_service(contact, t) for contact in guide.contacts.values()]
    page = {
        "total_items": len(services),
        "total_pages": 1,
        "page_number": 1,
        "size": len(services),
        "first_page": True,
        "last_page": True,
        "empty": not services,
        "contents": services,
    }
    return (json.dumps(page, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _service(contact: Contact, t: Texts) -> dict:
    sid = uid("service", contact.id)
    about = f"contacts.{contact.id}.about"
    description = t(about) if t.has(about) else ""
    service: dict = {
        "id": sid,
        "organization_id": uid("organization", contact.id),
        "name": t.contact_name(contact),
        "alternate_name": contact.name if t.contact_name(contact) != contact.name else None,
        "description": description,
        "url": links.safe_link(contact.website, ("https",)),
        "email": contact.email,
        "status": "active",
        "assured_date": contact.verified.isoformat() if contact.verified else None,
        "phones": [_phone(contact, i, sid) for i in range(len(contact.phones))],
        "schedules": [_schedule(contact, i, h, sid) for i, h in enumerate(contact.hours)],
        "service_at_locations": _locations(contact, sid),
        "x_hulpwijzer_sources": [_source(s) for s in contact.sources],
        "x_hulpwijzer_unverified": contact.unverified,
        "organization": {
            "id": uid("organization", contact.id),
            "name": contact.name,
            "description": description,  # required by HSDS, even when empty
            **_without_empty(
                {"website": links.safe_link(contact.website, ("https",)), "email": contact.email}
            ),
        },
    }
    return _without_empty(service)


def _source(source) -> dict:
    """One source of a contact, as plain data."""
    return _without_empty(
        {
            "url": source.url,
            "document": source.document,
            "page_date": source.page_date_text,
            "consulted": source.consulted.isoformat(),
            "says": source.says,
        }
    )


def _phone(contact: Contact, i: int, sid: str) -> dict:
    phone = contact.phones[i]
    notes = [text for text, on in (("free", phone.free), ("24/7", phone.always_open)) if on] + (
        ["WhatsApp"] if phone.kind == "whatsapp" else []
    )
    return _without_empty(
        {
            "id": uid("phone", contact.id, str(i)),
            "service_id": sid,
            "number": phone.number,
            "type": _PHONE_TYPES[phone.kind],
            "description": ", ".join(notes),
        }
    )


def _schedule(contact: Contact, i: int, hours: OpeningHours, sid: str) -> dict:
    return {
        "id": uid("schedule", contact.id, str(i)),
        "service_id": sid,
        "freq": "WEEKLY",
        "byday": ",".join(_BYDAY[day] for day in hours.days),
        "opens_at": hours.opens.strftime("%H:%M"),
        "closes_at": hours.closes.strftime("%H:%M"),
    }


def _locations(contact: Contact, sid: str) -> list[dict]:
    if contact.address is None:
        return []
    a = contact.address
    lid = uid("location", contact.id)
    location = {
        "id": lid,
        "location_type": "physical",
        "name": contact.name,
        "addresses": [
            {
                "id": uid("address", contact.id),
                "location_id": lid,
                "address_1": a.street,
                "city": a.city,
                "state_province": "",
                "postal_code": a.postcode,
                "country": "NL",
                "address_type": "physical",
            }
        ],
    }
    return [
        {
            "id": uid("service_at_location", contact.id),
            "service_id": sid,
            "location_id": lid,
            "location": location,
        }
    ]


def _without_empty(record: dict) -> dict:
    """Leave out fields with nothing in them (None, "", []), as HSDS allows for optional ones."""
    return {k: v for k, v in record.items() if v not in (None, "", [])}
