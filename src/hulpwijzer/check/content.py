"""content/guide.yaml: its settings, and the steps, sections and emergency list that hold contacts.

Ids must be unique and usable in text keys, every listed contact must exist in
content/contacts.yaml, and every contact must be listed somewhere, or it is never printed.
"""

from __future__ import annotations

import difflib
import re

from .. import pictograms
from ..model import Guide, Message
from .contacts import contact_line
from .inputs import Inputs
from .messages import CONTENT_CONTACTS, CONTENT_GUIDE, Place
from .report import Report
from .textrules import url_problem

GROUP_ID = re.compile(r"[a-z0-9]+([-_][a-z0-9]+)*")


def guide_line(guide: Guide, path: str) -> int:
    """Line of a dotted path in content/guide.yaml, or of its nearest parent."""
    while path:
        if path in guide.lines:
            return guide.lines[path]
        path = path.rpartition(".")[0]
    return 1


def check_settings(inputs: Inputs, report: Report) -> list[Message]:
    """The web addresses behind the QR codes: https, the base a folder, for a language the
    guide has, and confirmed by someone who opened them before they are printed."""
    guide = inputs.guide
    out = []
    for code, url in guide.settings.online_url.items():
        key = f"online_url.{code}"
        place = Place(CONTENT_GUIDE, guide_line(guide, key), key)
        problem = url_problem(url)
        if problem:
            out.append(place.error(*problem))
        elif code == "default" and not url.endswith("/"):
            out.append(
                place.error(
                    "must end with '/': it is the address of the folder where build/site/ is put "
                    f"online, and each language's page is that address plus its code ({url}/nl/)",
                    "Write the address of the folder, ending with '/'. A language whose page is "
                    "elsewhere gets its own full address under online_url (e.g. 'ar: https://…').",
                )
            )
        if code != "default" and code not in guide.translations:
            out.append(
                place.warning(
                    f"there is no translations/{code}.yaml, so this URL is not used",
                    "Use a language code of a file in translations/, or 'default'.",
                )
            )
    if "default" in guide.settings.online_url and not guide.settings.online_url_confirmed:
        out.append(_unconfirmed(guide))
    return out


def _unconfirmed(guide: Guide) -> Message:
    """The web addresses are still an example: the guides get no QR code until confirmed."""
    key = "online_url_confirmed"
    line = guide.lines.get(key) or guide_line(guide, "online_url.default")
    addresses = ", ".join(guide.settings.url_for(code) for code in guide.languages)
    return Place(CONTENT_GUIDE, line, key).warning(
        f"nobody has confirmed that the web edition is online at {addresses}; until then the "
        "guides are built without QR codes and without the web address (drafts show them)",
        "Put the folder build/site/ online at the address of online_url.default, open each "
        "address above and see the guide in its language, then set 'online_url_confirmed: "
        "true' in content/guide.yaml and build again.",
    )


def check_structure(inputs: Inputs, report: Report) -> list[Message]:
    """Steps, sections and emergency numbers: ids unique, listed contacts exist, all used."""
    guide = inputs.guide
    out: list[Message] = []
    used: set[str] = set()
    for kind, groups in (("steps", guide.steps), ("sections", guide.sections)):
        first: dict[str, int] = {}
        for group in groups:
            base = group.where.key if group.where else kind
            line = group.where.line if group.where else guide_line(guide, kind)
            place = Place(CONTENT_GUIDE, line, f"{kind}.{group.id}")
            if group.id in first:
                out.append(
                    place.error(
                        f"the id '{group.id}' is used twice (first on line {first[group.id]})",
                        "Give every step and section its own id.",
                    )
                )
            first.setdefault(group.id, line)
            if not GROUP_ID.fullmatch(group.id):
                out.append(
                    place.error(
                        f"the id '{group.id}' may only hold a-z, 0-9, '-' and '_'",
                        "The id is part of the text keys (sections.<id>.title): no dots or spaces.",
                    )
                )
            out += _listed(guide, group.contact_ids, f"{base}.contacts", f"{kind}.{group.id}")
            used.update(group.contact_ids)
    out += _emergency(guide)
    used.update(guide.emergency)
    for contact in guide.contacts.values():
        if contact.id not in used:
            place = Place(CONTENT_CONTACTS, contact_line(contact, "id"), f"contacts.{contact.id}")
            out.append(
                place.warning(
                    "is not in any section, step or the emergency list, so it is not printed",
                    f"Add '{contact.id}' to a section in {CONTENT_GUIDE}, or delete the entry.",
                )
            )
    return out


def _listed(guide: Guide, contact_ids: tuple[str, ...], path: str, group: str) -> list[Message]:
    """The contacts of one step or section: each exists, none listed twice."""
    out = []
    seen: set[str] = set()
    for j, cid in enumerate(contact_ids):
        place = Place(CONTENT_GUIDE, guide_line(guide, f"{path}.{j}"), f"{group}.contacts")
        if cid not in guide.contacts:
            out.append(_unknown_contact(guide, cid, place))
        elif cid in seen:
            out.append(place.warning(f"'{cid}' is listed twice", "Delete one of the two."))
        seen.add(cid)
    return out


def _emergency(guide: Guide) -> list[Message]:
    """The emergency list: contacts that exist and have a phone number."""
    out = []
    for j, cid in enumerate(guide.emergency):
        place = Place(CONTENT_GUIDE, guide_line(guide, f"emergency.{j}"), "emergency")
        if cid not in guide.contacts:
            out.append(_unknown_contact(guide, cid, place))
        elif not guide.contacts[cid].phones:
            out.append(
                place.error(
                    f"'{cid}' has no phone number, but the emergency list shows phone numbers",
                    f"Add its number in {CONTENT_CONTACTS}, or take it off this list.",
                )
            )
    return out


def _unknown_contact(guide: Guide, cid: str, place: Place) -> Message:
    parts = cid.split()
    if len(parts) > 1:  # "[humanitas voedselbank]": YAML reads two ids without a comma as one
        known = [p for p in parts if p in guide.contacts]
        return place.error(
            f"'{cid}' is {len(parts)} contact ids without a comma between them"
            if known
            else f"there is no contact '{cid}' in {CONTENT_CONTACTS} (an id has no spaces)",
            f"Separate the ids in the list with a comma: {', '.join(parts)}."
            if known
            else f"Write the id of an entry of {CONTENT_CONTACTS}, or separate two with a comma.",
        )
    close = difflib.get_close_matches(cid, list(guide.contacts), n=1)
    hint = f"Did you mean '{close[0]}'?" if close else f"Add it to {CONTENT_CONTACTS} first."
    return place.error(f"there is no contact '{cid}' in {CONTENT_CONTACTS}", hint)


def check_icons(inputs: Inputs, report: Report) -> list[Message]:
    """Every section names a bundled pictogram (its tab, heading and place on the cover)."""
    guide = inputs.guide
    out: list[Message] = []
    names = pictograms.available()
    for i, section in enumerate(guide.sections):
        key = f"sections.{section.id}.icon"
        if section.icon is None:
            place = Place(CONTENT_GUIDE, guide_line(guide, f"sections.{i}"), key)
            out.append(
                place.warning(
                    "has no pictogram: its tab and heading show only colour and words",
                    f"Add a line 'icon: …' under 'id: {section.id}', e.g. one of: "
                    + ", ".join(sorted(n for n in names if not n.endswith("-fill"))[:8])
                    + " (all: src/hulpwijzer/symbols/).",
                )
            )
        elif section.icon not in names:
            place = Place(CONTENT_GUIDE, guide_line(guide, f"sections.{i}.icon"), key)
            close = difflib.get_close_matches(section.icon, sorted(names), n=3)
            out.append(
                place.error(
                    f"there is no pictogram '{section.icon}'",
                    (f"Did you mean {' or '.join(repr(c) for c in close)}? " if close else "")
                    + "Use the name of a file in src/hulpwijzer/symbols/ without '.svg'.",
                )
            )
    return out
