"""Numbers and addresses written inside a text belong to a contact.

A text may quote a phone number, a web address or an e-mail address ("Bel de gemeente Heerlen:
14 045."). The card under it prints the contact's number from ``content/contacts.yaml``; when that
number changes, the text must change with it, in every language. So every phone number, web
address and e-mail address in a text, in any language, must be one a contact has. One that no
contact has (any more) is an error naming the file, line, key and the contact it should match:
the contact the text is about (``contacts.<id>.…``), the contacts of its step or section, the
emergency contacts for the emergency texts, and any contact the text names.

The numbers are found by the one tokenizer of :mod:`.textrules` and compared by their identity
from :func:`hulpwijzer.phones.phone_info` (the national digits), so "0800-8115" in a text is the
contact's "0800 8115".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Contact, Guide, Message
from ..phones import phone_info
from ..texts import usable
from .contacts import contact_line
from .inputs import Inputs
from .messages import CONTENT_CONTACTS, Place, translation_file
from .report import Report
from .textrules import tokens

KINDS = ("phone number", "web address", "e-mail address")
EMERGENCY_KEYS = ("cover.emergency", "start.emergency")


@dataclass(frozen=True)
class Owned:
    """What one contact can be reached by, as identities the tokenizer gives a text's tokens."""

    contact: Contact
    items: dict[tuple[str, str], str]  # (kind, identity) -> as the contact writes it

    def written(self, kind: str) -> list[str]:
        return [shown for (k, _), shown in self.items.items() if k == kind]


def web_identity(url: str) -> str:
    """A web address as :func:`.textrules.tokens` identifies it: no scheme, no www., no '/'."""
    return re.sub(r"^https?://", "", url.lower()).removeprefix("www.").rstrip("/")


def owned(contact: Contact) -> Owned:
    """The phone numbers, website (and its host alone) and e-mail address of ``contact``."""
    items: dict[tuple[str, str], str] = {}
    for phone in contact.phones:
        info = phone_info(phone.number)
        if not info.problem:
            items[("phone number", info.digits)] = info.display
    if contact.website:
        ident = web_identity(contact.website)
        items[("web address", ident)] = contact.website
        items.setdefault(("web address", ident.split("/")[0]), contact.website)
    if contact.email:
        items[("e-mail address", contact.email.strip().lower())] = contact.email
    return Owned(contact, items)


def check_ties(inputs: Inputs, report: Report) -> list[Message]:
    """Every phone number, web and e-mail address in every text of every language is a
    contact's."""
    guide = inputs.guide
    everyone = {cid: owned(c) for cid, c in guide.contacts.items()}
    known = {item for o in everyone.values() for item in o.items}
    out = []
    for code in guide.languages:
        translation = guide.translations[code]
        for key, text in translation.texts.items():
            if not usable(text.value):
                continue
            found = tokens(str(text.value))
            for (kind, ident), written in found.items.items():
                if kind not in KINDS or (kind, ident) in known:
                    continue
                place = Place(translation_file(guide, code), text.line, key, _dutch(guide, key))
                expected = _expected(guide, key, str(text.value), code)
                out.append(_unknown(place, kind, written, [everyone[c] for c in expected]))
    return out


def _dutch(guide: Guide, key: str) -> str | None:
    source = guide.source.texts.get(key)
    return str(source.value) if source is not None and usable(source.value) else None


def _expected(guide: Guide, key: str, text: str, code: str) -> list[str]:
    """The contacts a text is about: by its key, then those it names, in guide order."""
    parts = key.split(".")
    ids: list[str] = []
    if parts[0] == "contacts" and len(parts) > 1:
        ids.append(parts[1])
    elif parts[:2] == ["start", "steps"] and len(parts) > 2:
        ids += next((s.contact_ids for s in guide.steps if s.id == parts[2]), ())
    elif parts[0] == "sections" and len(parts) > 1:
        ids += next((s.contact_ids for s in guide.sections if s.id == parts[1]), ())
    if key in EMERGENCY_KEYS or parts[:2] == ["sections", "emergency"]:
        ids += guide.emergency
    folded = text.casefold()
    for cid, contact in guide.contacts.items():
        names = {contact.name}
        translated = guide.translations[code].texts.get(f"contacts.{cid}.name")
        if translated is not None and usable(translated.value):
            names.add(str(translated.value))
        if any(len(n) > 3 and n.casefold() in folded for n in names):
            ids.append(cid)
    return [cid for cid in dict.fromkeys(ids) if cid in guide.contacts]


def _unknown(place: Place, kind: str, written: str, expected: list[Owned]) -> Message:
    """The error for a number or address no contact has, naming the one it should match."""
    having = [o for o in expected if o.written(kind)]
    if not having:
        return place.error(
            f"the {kind} {written} in this text belongs to no contact in {CONTENT_CONTACTS}",
            f"Every {kind} in a text must be a contact's, so that it changes with the card: "
            f"add it to the contact it belongs to (with its source), or take it out of the text.",
        )
    o = having[0]
    c = o.contact
    shown = " or ".join(dict.fromkeys(o.written(kind)))
    path = {"phone number": "phones", "web address": "website", "e-mail address": "email"}[kind]
    line = contact_line(c, "phones.0.number" if kind == "phone number" else path)
    return place.error(
        f"the {kind} {written} is not {c.name}'s ({c.id}): {CONTENT_CONTACTS} has {shown}",
        f"Write {shown} here, in every language (contacts.{c.id}.{path}, line {line} of "
        f"{CONTENT_CONTACTS}); or, if the text is right, correct the contact with its source.",
    )
