"""XLIFF 1.2 exchange with translation agencies and Weblate: the format, and the export.

Export: one ``<file>`` per language, one ``<trans-unit>`` per key (``id`` and ``resname`` are the
key) with the Dutch ``<source>``, the ``<target>`` with its state, the note and room of the key
as ``<note>`` (room also as ``maxwidth`` in characters), the glossary's entries for the terms
of its Dutch text as ``<note from="glossary">`` (XLIFF 1.2's ``<glossary>`` element belongs to the
whole file and most tools ignore it; notes are what Trados, memoQ, Phrase, Weblate and
translate-toolkit show beside each segment), the hash of the exported target as
``hw:target-hash`` (:mod:`.xliff_import` compares it) and the review state as ``approved``:

==========================  ===============================  ==============
our state                   ``target/@state``                ``@approved``
==========================  ===============================  ==============
missing                     ``needs-translation``            ``no``
outdated, same as Dutch     ``needs-review-translation``     ``no``
translated                  ``translated``                   ``no``
reviewed (native speaker)   ``signed-off``                   ``yes``
==========================  ===============================  ==============

The way back, an agency's file into ``translations/<code>.yaml``: :mod:`.xliff_import`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from .. import __version__
from ..check.glossary import describe, terms_in
from ..check.status import KeyState, language_status
from ..languages import english_name, is_rtl, own_name
from ..load.states import Lock, Notes, read_states
from ..model import Guide
from ..publish import files
from ..texts import text_hash
from .notes import note_text, room

NS = "urn:oasis:names:tc:xliff:document:1.2"
HW_NS = "urn:hulpwijzer:xliff"  # our own attributes: hw:target-hash (XLIFF 1.2 allows them)
XML_NS = "http://www.w3.org/XML/1998/namespace"


def _q(tag: str) -> str:
    """``tag`` in the XLIFF 1.2 namespace, as ElementTree names it."""
    return f"{{{NS}}}{tag}"


def _bcp47(code: str) -> str:
    """Our language code as XLIFF writes it (``pt_BR`` -> ``pt-BR``)."""
    return code.replace("_", "-")


# our state of a text -> the state of its XLIFF target
TARGET_STATES = {
    "missing": "needs-translation",
    "outdated": "needs-review-translation",
    "translated": "translated",
    "reviewed": "signed-off",
}


def export_xliff(guide: Guide, code: str, notes: Notes, out: Path) -> str:
    """Write ``code`` as XLIFF 1.2 to ``out``; return a one-line summary."""
    states = read_states(guide.root)
    status = language_status(guide, code, states.lock, states.reviews)
    ET.register_namespace("", NS)
    ET.register_namespace("hw", HW_NS)
    root = ET.Element(_q("xliff"), {"version": "1.2"})
    file = ET.SubElement(
        root,
        _q("file"),
        {
            "original": status.file,
            "source-language": _bcp47(guide.settings.source_language),
            "target-language": _bcp47(code),
            "datatype": "plaintext",
            "tool-id": "hulpwijzer",
        },
    )
    _add_header(file, guide, code)
    body = ET.SubElement(file, _q("body"))
    counts = dict.fromkeys(TARGET_STATES, 0)
    for state in status.keys:
        ours = _our_state(state)
        counts[ours] += 1
        _add_unit(body, guide, code, notes, states.lock, state, TARGET_STATES[ours])
    ET.indent(root, space="  ")
    data = ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
    out = Path(out)
    files.write_bytes(out, data)
    return (
        f"{len(status.keys)} texts ({counts['missing']} missing, "
        f"{counts['outdated']} outdated or not confirmed, "
        f"{counts['translated']} translated, {counts['reviewed']} reviewed)"
    )


def _add_header(file: ET.Element, guide: Guide, code: str) -> None:
    """The tool, and a note for the agency: what the booklet is, the language, what to keep."""
    header = ET.SubElement(file, _q("header"))
    ET.SubElement(
        header,
        _q("tool"),
        {"tool-id": "hulpwijzer", "tool-name": "hulpwijzer", "tool-version": __version__},
    )
    title = guide.source.texts.get("cover.title")
    booklet = str(title.value).strip() if title is not None else "Hulpwijzer"
    direction = "right to left" if is_rtl(code) else "left to right"
    ET.SubElement(header, _q("note")).text = (
        f"{booklet}, edition {guide.settings.edition.isoformat()}: a printed help guide in easy "
        f"language. Target: {english_name(code)} ({own_name(code)}), written {direction}. "
        "Keep phone numbers, other numbers, web and e-mail addresses and {placeholders} exactly "
        "as in the Dutch text: an import that changes them is refused."
    )


def glossary_note(guide: Guide, code: str, dutch: str) -> str:
    """The glossary's entries for the terms of ``dutch`` in language ``code``, one per line:
    'Glossary: toeslag → translate "toeslag" as "allowance" (note)'. Empty without any."""
    if guide.glossary is None or not dutch:
        return ""
    lines = []
    for term in terms_in(guide.glossary, dutch):
        rule = term.rule(code)
        if rule is None:
            continue
        note = f" ({term.note})" if term.note else ""
        lines.append(f"Glossary: {term.term} → {describe(term, rule)}{note}")
    return "\n".join(lines)


def _our_state(state: KeyState) -> str:
    """missing, outdated (also: not confirmed yet, the same as the Dutch), translated or
    reviewed: the first three need a translator's look (``needs-review-translation``)."""
    if state.text is None:
        return "missing"
    if state.outdated or state.not_confirmed or state.same:
        return "outdated"
    return "reviewed" if state.reviewed else "translated"


def _add_unit(
    body: ET.Element,
    guide: Guide,
    code: str,
    notes: Notes,
    lock: Lock | None,
    state: KeyState,
    target_state: str,
) -> None:
    """One ``<trans-unit>``: the Dutch source, the translation as it is in the file, the note and
    room of the key, and for an outdated text the Dutch text it was translated from."""
    attrs = {"id": state.key, "resname": state.key}
    r = room(state.key, guide.settings.page_size)
    if r is not None:
        attrs.update({"maxwidth": str(r.chars), "size-unit": "char"})
    attrs["approved"] = "yes" if state.reviewed and state.text is not None else "no"
    unit = ET.SubElement(body, _q("trans-unit"), attrs)
    unit.set(f"{{{XML_NS}}}space", "preserve")
    ET.SubElement(unit, _q("source")).text = state.dutch
    entry = guide.translations[code].texts.get(state.key)
    raw = entry.value if entry is not None and isinstance(entry.value, str) else ""
    ET.SubElement(unit, _q("target"), {"state": target_state}).text = raw
    # the target as exported: an import that would overwrite a text edited since then stops
    unit.set(f"{{{HW_NS}}}target-hash", text_hash(raw))
    note = note_text(guide, notes, state.key)
    if note:
        ET.SubElement(unit, _q("note"), {"from": "hulpwijzer"}).text = note
    terms = glossary_note(guide, code, state.dutch)
    if terms:
        ET.SubElement(unit, _q("note"), {"from": "glossary", "annotates": "source"}).text = terms
    if state.outdated and lock is not None:
        old = lock.entry(code, state.key)
        was = lock.sources.get(old.hash) if old is not None else None
        text = "The Dutch text has changed since this was translated"
        text += f'; it was: "{was}"' if was else ""
        ET.SubElement(unit, _q("note"), {"from": "hulpwijzer", "priority": "1"}).text = (
            text + ". Compare and update the translation."
        )
    elif state.not_confirmed:
        ET.SubElement(unit, _q("note"), {"from": "hulpwijzer", "priority": "1"}).text = (
            "Not confirmed yet: it is not recorded which Dutch text this was translated from. "
            "Compare it with the Dutch text above."
        )
