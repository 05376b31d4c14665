"""XLIFF 1.2 exchange with translation agencies and Weblate.

Export: one ``<file>`` per language, one ``<trans-unit>`` per key (``id`` and ``resname`` are the
key) with the Dutch ``<source>``, the ``<target>`` with its state, the note and room of the key
as ``<note>`` (room also as ``maxwidth`` in characters) and the review state as ``approved``:

==========================  ===============================  ==============
our state                   ``target/@state``                ``@approved``
==========================  ===============================  ==============
missing                     ``needs-translation``            ``no``
outdated, same as Dutch     ``needs-review-translation``     ``no``
translated                  ``translated``                   ``no``
reviewed (native speaker)   ``signed-off``                   ``yes``
==========================  ===============================  ==============

Import: the targets are written into ``translations/<code>.yaml`` in place
(:mod:`hulpwijzer.yamledit`), only where they differ from the file, so an unchanged export comes
back without a single changed byte. The whole import is refused, before anything is written,
when a target would print a number, web or e-mail address, or placeholder other than the Dutch
text's (the checks of :func:`hulpwijzer.validate.consistency_errors`). ``translations.lock``
records the Dutch text each imported translation was made from (the unit's ``<source>``), and
units marked ``approved="yes"`` are recorded as reviewed in ``translations.review``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..check.status import language_status
from ..languages import english_name, is_rtl, own_name
from ..load.states import Entry, Notes, read_states
from ..model import Guide, HulpwijzerError
from ..publish import files
from ..texts import source_texts, text_hash
from .lock import write_lock
from .notes import note_text, room

NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_NS = "http://www.w3.org/XML/1998/namespace"
MAX_BYTES = 5_000_000
APPROVED_STATES = ("signed-off", "final")
UNTRANSLATED_STATES = ("new", "needs-translation")


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _bcp47(code: str) -> str:
    return code.replace("_", "-")


# --- export --------------------------------------------------------------------------------------


def export_xliff(guide: Guide, code: str, notes: Notes, out: Path) -> str:
    """Write ``code`` as XLIFF 1.2 to ``out``; return a one-line summary."""
    states = read_states(guide.root)
    lock = states.lock
    status = language_status(guide, code, lock, states.reviews)
    tr = guide.translations[code]
    ET.register_namespace("", NS)
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
    body = ET.SubElement(file, _q("body"))
    counts = {"missing": 0, "outdated": 0, "translated": 0, "reviewed": 0}
    for state in status.keys:
        attrs = {"id": state.key, "resname": state.key}
        r = room(state.key, guide.settings.page_size)
        if r is not None:
            attrs.update({"maxwidth": str(r.chars), "size-unit": "char"})
        entry = tr.texts.get(state.key)
        raw = entry.value if entry is not None and isinstance(entry.value, str) else ""
        if state.text is None:
            target_state, counts["missing"] = "needs-translation", counts["missing"] + 1
        elif state.outdated or state.same:
            target_state, counts["outdated"] = "needs-review-translation", counts["outdated"] + 1
        elif state.reviewed:
            target_state, counts["reviewed"] = "signed-off", counts["reviewed"] + 1
        else:
            target_state, counts["translated"] = "translated", counts["translated"] + 1
        attrs["approved"] = "yes" if state.reviewed and state.text is not None else "no"
        unit = ET.SubElement(body, _q("trans-unit"), attrs)
        unit.set(f"{{{XML_NS}}}space", "preserve")
        ET.SubElement(unit, _q("source")).text = state.dutch
        ET.SubElement(unit, _q("target"), {"state": target_state}).text = raw
        note = note_text(guide, notes, state.key)
        if note:
            ET.SubElement(unit, _q("note"), {"from": "hulpwijzer"}).text = note
        if state.outdated and lock is not None:
            old = lock.entry(code, state.key)
            was = lock.sources.get(old.hash) if old is not None else None
            text = "The Dutch text has changed since this was translated"
            text += f'; it was: "{was}"' if was else " (or the translation was never confirmed)"
            ET.SubElement(unit, _q("note"), {"from": "hulpwijzer", "priority": "1"}).text = (
                text + ". Compare and update the translation."
            )
    ET.indent(root, space="  ")
    data = ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return (
        f"{len(status.keys)} texts ({counts['missing']} missing, {counts['outdated']} outdated, "
        f"{counts['translated']} translated, {counts['reviewed']} reviewed)"
    )


# --- import --------------------------------------------------------------------------------------


class XliffError(HulpwijzerError):
    """The file cannot be imported; ``problems`` says why, unit by unit."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Unit:
    key: str
    source: str
    target: str | None
    state: str
    approved: bool


@dataclass
class ImportResult:
    language: str
    file: str
    changed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    unchanged: int = 0
    untranslated: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    older_source: list[str] = field(default_factory=list)
    reviewed: list[str] = field(default_factory=list)
    confirmed: int = 0

    def report(self, dry_run: bool = False) -> str:
        verb = "would change" if dry_run else "changed"
        lines = [
            f"{self.file}: {verb} {len(self.changed)} text(s), "
            f"{'would add' if dry_run else 'added'} {len(self.added)}; "
            f"{self.unchanged} unchanged, {len(self.untranslated)} not translated in the file."
        ]
        for key in self.changed + self.added:
            lines.append(f"  {key}")
        if self.confirmed:
            lines.append(
                f"translations.lock: recorded the Dutch text of {self.confirmed} imported text(s)."
            )
        if self.reviewed:
            lines.append(
                f"translations.review: {len(self.reviewed)} text(s) marked approved in the file "
                "recorded as reviewed."
            )
        if self.older_source:
            lines.append(
                f"warning: {len(self.older_source)} text(s) were translated from an older Dutch "
                "text (the Dutch changed since the export); check reports them as outdated:"
            )
            lines += [f"  {key}" for key in self.older_source]
        if self.unknown:
            lines.append(
                f"warning: {len(self.unknown)} unit(s) skipped: the Dutch file has no such key: "
                + ", ".join(self.unknown)
            )
        if dry_run:
            lines.append("Dry run: nothing was written.")
        else:
            lines.append(f"Next: hulpwijzer check, then hulpwijzer status {self.language}.")
        return "\n".join(lines)


def _read(path: Path) -> ET.Element:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise XliffError([f"{path}: cannot be read ({exc.strerror})"]) from None
    if len(data) > MAX_BYTES:
        raise XliffError([f"{path}: {len(data):,} bytes is too large for an XLIFF of this guide"])
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise XliffError(
            [f"{path}: contains a DOCTYPE or ENTITY declaration, which is not accepted"]
        )
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        line, column = exc.position
        raise XliffError([f"{path}:{line}:{column}: not well-formed XML ({exc.msg})"]) from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _units(path: Path, root: ET.Element) -> tuple[str, str, list[Unit]]:
    """(source language, target language, units) of a one-file XLIFF 1.2 document."""
    if _local(root.tag) != "xliff" or root.get("version") != "1.2":
        raise XliffError([f'{path}: not an XLIFF 1.2 file (<xliff version="1.2">)'])
    ns = root.tag[: -len("xliff")]
    files = root.findall(f"{ns}file")
    if len(files) != 1:
        raise XliffError([f"{path}: holds {len(files)} <file> elements; one is expected"])
    file = files[0]
    units = []
    for unit in file.iter(f"{ns}trans-unit"):
        key = unit.get("resname") or unit.get("id") or ""
        source = unit.find(f"{ns}source")
        target = unit.find(f"{ns}target")
        units.append(
            Unit(
                key=key,
                source="".join(source.itertext()) if source is not None else "",
                target="".join(target.itertext()) if target is not None else None,
                state=(target.get("state") or "") if target is not None else "",
                approved=unit.get("approved") == "yes"
                or (target is not None and target.get("state") in APPROVED_STATES),
            )
        )
    return file.get("source-language") or "", file.get("target-language") or "", units


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def import_xliff(
    guide: Guide, path: Path, reviewer: str | None = None, dry_run: bool = False
) -> ImportResult:
    """Import ``path`` into its language's file; raise :class:`XliffError` and write nothing
    when any unit would change a number, address or placeholder, or cannot be placed."""
    from ..check import consistency_errors
    from .review import mark, write_reviews
    from .scaffold import LanguageCodeError, parse_code
    from .yamledit import YamlEditError, set_texts

    path = Path(path)
    src_lang, tgt_lang, units = _units(path, _read(path))
    source_code = guide.settings.source_language
    if src_lang.replace("-", "_").split("_")[0].lower() != source_code:
        raise XliffError(
            [f"{path}: source-language is '{src_lang}', but the guide is written in {source_code}"]
        )
    code = tgt_lang.replace("-", "_")
    if code not in guide.translations:
        try:
            code = parse_code(tgt_lang)
        except LanguageCodeError:
            pass
    if code not in guide.translations or code == source_code:
        raise XliffError(
            [
                f"{path}: target-language '{tgt_lang}' has no file translations/"
                f"{code}.yaml; start it first with: hulpwijzer add-language {code}"
            ]
        )
    tr = guide.translations[code]
    result = ImportResult(code, f"translations/{tr.path.name}")
    sources = source_texts(guide)
    problems: list[str] = []
    seen: set[str] = set()
    changes: dict[str, str] = {}
    imported_from: dict[str, str] = {}
    approved: dict[str, str] = {}
    for unit in units:
        if unit.key in seen:
            problems.append(f"unit '{unit.key}' appears twice")
            continue
        seen.add(unit.key)
        source = sources.get(unit.key)
        if source is None:
            result.unknown.append(unit.key or "(no id)")
            continue
        entry = tr.texts.get(unit.key)
        current = entry.value if entry is not None and isinstance(entry.value, str) else None
        target = unit.target
        if (
            target is None
            or not target.strip()
            or (unit.state in UNTRANSLATED_STATES and _same(target, unit.source))
        ):
            if current is None or not current.strip():
                result.untranslated.append(unit.key)
            continue
        if current is not None and (current == target or _same(current, target)):
            result.unchanged += 1
            if unit.approved:
                approved[unit.key] = current
            continue
        errors = consistency_errors(code, unit.key, target, source.text)
        if errors:
            changed_dutch = (
                ""
                if _same(unit.source, source.text)
                else (" (the Dutch text has changed since the export)")
            )
            for m in errors:
                problems.append(
                    f"unit '{unit.key}': {m.text}{changed_dutch}\n"
                    f'    Dutch now: "{source.text}"\n'
                    f'    XLIFF target: "{target}"\n'
                    f"    → {m.hint}"
                )
            continue
        changes[unit.key] = target
        (result.changed if current is not None or entry is not None else result.added).append(
            unit.key
        )
        if unit.source.strip() and not _same(target, unit.source):
            imported_from[unit.key] = unit.source.strip()
            if not _same(unit.source, source.text):
                result.older_source.append(unit.key)
        if unit.approved:
            approved[unit.key] = target
    text = tr.path.read_bytes().decode("utf-8")  # as it is: line ends included
    new_text = text
    if changes and not problems:
        try:
            new_text = set_texts(text, changes)
        except YamlEditError as exc:
            problems.append(f"{result.file}: {exc}")
    if problems:
        raise XliffError(problems)
    states = read_states(guide.root)
    lock, reviews, state_problems = states.lock, states.reviews, states.problems
    if state_problems:
        raise XliffError([m.format() for m in state_problems])
    result.reviewed = [
        k for k, v in approved.items() if not (reviews and reviews.is_reviewed(code, k, v))
    ]
    result.confirmed = len(imported_from) if lock is not None and lock.exists else 0
    if dry_run:
        return result
    if new_text != text:
        files.write_text(tr.path, new_text, newline="")
    if result.confirmed:
        entries = lock.languages.setdefault(code, {})
        for key, dutch in imported_from.items():
            digest = text_hash(dutch)
            entries[key] = Entry(digest)
            lock.sources[digest] = dutch
        write_lock(lock)
    if result.reviewed and reviews is not None:
        by = reviewer or f"XLIFF {path.name}"
        mark(reviews, code, {k: approved[k] for k in result.reviewed}, by)
        write_reviews(reviews)
    return result
