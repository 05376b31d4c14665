"""An agency's XLIFF 1.2 file back into ``translations/<code>.yaml`` (the format: :mod:`.xliff`).

The targets are written into the file in place (:mod:`.yamledit`), only where they differ from
it, so an unchanged export comes back without a single changed byte. The whole import is
refused, before anything is written, when a target would print a number, web or e-mail address,
or placeholder other than the Dutch text's (the checks of
:func:`hulpwijzer.check.consistency_errors`). ``translations.lock`` records the Dutch text each
imported translation was made from (the unit's ``<source>``).

Review: only a target in state ``signed-off`` or ``final`` *with a named reviewer* is recorded
as reviewed in ``translations.review``: the name comes from ``--by``, or from the
``contact-name`` of the ``<phase>`` the unit or its target names (``phase-name``). Agencies'
tools (translate-toolkit among them) set ``approved="yes"`` on every unit they fill, so
``approved`` alone only means translated.

A target language with a region (``uk-UA``, a common tool default) goes into the file of the
language (``uk``) when there is no file for the region. An import that would overwrite a text
changed in the YAML since the export stops and names the keys: the export records the hash of
every target it wrote (``hw:target-hash``, see :mod:`.xliff`).

The steps: read and parse the file (:func:`_read_xliff`), find its language
(:func:`_language`), map every unit to a key and decide what it changes (:func:`_plan`), edit
the YAML text (:func:`_edited`), then write it, the lock and the reviews (:func:`_record`).
"""

from __future__ import annotations

import os
import stat
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ..check import consistency_errors
from ..check.textrules import invisible
from ..load.reader import read_for_edit
from ..load.states import States, read_states
from ..load.translations import parse_translation
from ..model import Guide, HulpwijzerError, InputError, Message
from ..publish import files
from ..texts import char_name, source_texts, text_hash
from .lock import record, write_lock
from .review import mark, write_reviews
from .scaffold import LanguageCodeError, parse_code
from .xliff import HW_NS
from .yamledit import YamlEditError, set_texts

MAX_BYTES = 20_000_000  # the XLIFF of a 10,000-contact guide's language is about 5 MB
APPROVED_STATES = ("signed-off", "final")
UNTRANSLATED_STATES = ("new", "needs-translation")


class XliffError(HulpwijzerError):
    """The file cannot be imported; ``problems`` says why, unit by unit."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Unit:
    """One ``<trans-unit>`` of an agency's file."""

    key: str
    source: str
    target: str | None
    state: str
    approved: bool  # signed-off or final: reviewed, if a reviewer is named
    reviewer: str = ""  # the contact-name of the unit's <phase>, if any
    exported_hash: str | None = None  # hash of the target as exported (hw:target-hash)

    @property
    def translated(self) -> bool:
        """False for an empty target, or a copy of the Dutch the agency's tool still marks new."""
        if self.target is None or not self.target.strip():
            return False
        return not (self.state in UNTRANSLATED_STATES and _same(self.target, self.source))


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
    unnamed: list[str] = field(default_factory=list)  # final, but no reviewer named
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
                f"translations.review: {len(self.reviewed)} text(s) signed off in the file "
                "recorded as reviewed."
            )
        if self.unnamed:
            lines.append(
                f"note: {len(self.unnamed)} text(s) are signed off (state signed-off or final) "
                "but no reviewer is named, so they are recorded as translated, not reviewed. "
                'If a native speaker reviewed them, import again with --by "Name".'
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


def _read_xliff(path: Path) -> ET.Element:
    """The parsed XLIFF file; refused when it is not a plain file (a pipe, a device), cannot be
    read, is too large, or is not well-formed XML. It is parsed by defusedxml, which refuses a
    DOCTYPE and with it every entity and external file, whatever the file's encoding.

    This is the one place where the translators' workflow reads a file itself; it belongs in
    :mod:`hulpwijzer.load`."""
    import defusedxml.ElementTree as DET
    from defusedxml import DefusedXmlException

    data = _read_limited(Path(path))
    try:
        return DET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise XliffError(
            [
                f"{path}: contains a DOCTYPE, ENTITY or external reference, which is not "
                "accepted (an XLIFF file needs none; export it again from the translation tool)"
            ]
        ) from None
    except ET.ParseError as exc:
        line, column = exc.position
        raise XliffError([f"{path}:{line}:{column}: not well-formed XML ({exc.msg})"]) from None


def _read_limited(path: Path) -> bytes:
    """The bytes of ``path``, never more than :data:`MAX_BYTES`; only from a plain file (a pipe
    would wait for ever, /dev/zero never ends), which is checked on the opened file itself."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise XliffError([f"{path}: cannot be read ({exc.strerror})"]) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise XliffError([f"{path}: is not a plain file (a folder, a pipe or a device)"])
    with os.fdopen(fd, "rb") as f:
        try:
            data = f.read(MAX_BYTES + 1)
        except OSError as exc:
            raise XliffError([f"{path}: cannot be read ({exc.strerror})"]) from None
    if len(data) > MAX_BYTES:
        raise XliffError(
            [f"{path}: larger than {MAX_BYTES:,} bytes, too large for an XLIFF of this guide"]
        )
    return data


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
    phases = {
        phase.get("phase-name", ""): phase.get("contact-name", "").strip()
        for phase in file.iter(f"{ns}phase")
    }
    units = [_unit(element, ns, phases) for element in file.iter(f"{ns}trans-unit")]
    return file.get("source-language") or "", file.get("target-language") or "", units


def _unit(element: ET.Element, ns: str, phases: dict[str, str]) -> Unit:
    """One ``<trans-unit>``: its key, Dutch source, target with its state, whether it is signed
    off and by whom, and the hash of the target as exported."""
    source = element.find(f"{ns}source")
    target = element.find(f"{ns}target")
    state = (target.get("state") or "") if target is not None else ""
    phase = (target.get("phase-name") if target is not None else None) or element.get(
        "phase-name", ""
    )
    return Unit(
        key=element.get("resname") or element.get("id") or "",
        source="".join(source.itertext()) if source is not None else "",
        target="".join(target.itertext()) if target is not None else None,
        state=state,
        approved=state in APPROVED_STATES,
        reviewer=phases.get(phase, "") if phase else "",
        exported_hash=element.get(f"{{{HW_NS}}}target-hash"),
    )


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def import_xliff(
    guide: Guide, path: Path, reviewer: str | None = None, dry_run: bool = False
) -> ImportResult:
    """Import ``path`` into its language's file; raise :class:`XliffError` and write nothing
    when any unit would change a number, address or placeholder, or cannot be placed."""
    path = Path(path)
    source_language, target_language, units = _units(path, _read_xliff(path))
    code = _language(guide, path, source_language, target_language)
    plan = _plan(guide, code, units, (reviewer or "").strip())
    translation = guide.translations[code].path
    text = read_for_edit(translation)
    new_text = _edited(text, plan)
    if not plan.problems and new_text != text:
        _check_as_loaded(guide, plan, new_text)
    if plan.problems:
        raise XliffError(plan.problems)
    states = read_states(guide.root)
    if states.problems:
        raise XliffError([m.format() for m in states.problems])
    _count_records(plan, states)
    if not dry_run:
        if new_text != text:
            files.write_text(translation, new_text, newline="")
        _record(plan, states)
    return plan.result


def _language(guide: Guide, path: Path, source_language: str, target_language: str) -> str:
    """The code of the language the file was translated into; refused when the file was not
    translated from the guide's source language or its language has no file yet."""
    source_code = guide.settings.source_language
    if source_language.replace("-", "_").split("_")[0].lower() != source_code:
        raise XliffError(
            [
                f"{path}: source-language is '{source_language}', but the guide is written in "
                f"{source_code}"
            ]
        )
    code = target_language.replace("-", "_")
    if code not in guide.translations:
        try:
            code = parse_code(target_language)
        except LanguageCodeError:
            pass
    base = code.split("_")[0]
    if code not in guide.translations and base in guide.translations:
        code = base  # uk-UA into uk.yaml: there is no file for the region
    if code not in guide.translations or code == source_code:
        raise XliffError(
            [
                f"{path}: target-language '{target_language}' has no file translations/"
                f"{code}.yaml; start it first with: hulpwijzer add-language {code}"
            ]
        )
    return code


@dataclass
class _Plan:
    """What an import would do, worked out before anything is written."""

    result: ImportResult
    changes: dict[str, str] = field(default_factory=dict)  # key -> the agency's text
    imported_from: dict[str, str] = field(default_factory=dict)  # key -> its Dutch source
    approved: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (text, by)
    changed_since_export: list[str] = field(default_factory=list)  # keys edited in the YAML
    problems: list[str] = field(default_factory=list)  # reasons to refuse the whole import
    by: str = ""  # the reviewer given with --by


def _plan(guide: Guide, code: str, units: list[Unit], by: str = "") -> _Plan:
    """Map every unit to a key of the Dutch file and decide what it changes."""
    translation = guide.translations[code]
    plan = _Plan(ImportResult(code, f"translations/{translation.path.name}"), by=by)
    sources = source_texts(guide)
    seen: set[str] = set()
    for unit in units:
        if unit.key in seen:
            plan.problems.append(f"unit '{unit.key}' appears twice")
        elif unit.key not in sources:
            plan.result.unknown.append(unit.key or "(no id)")
        else:
            _plan_unit(plan, unit, sources[unit.key].text, translation.texts.get(unit.key))
        seen.add(unit.key)
    if plan.changed_since_export:
        file = plan.result.file
        plan.problems.append(
            f"{file} was changed after the export in {len(plan.changed_since_export)} text(s) "
            "that this file would overwrite: " + ", ".join(plan.changed_since_export) + "\n"
            f"    → Export again (hulpwijzer export-xliff {code}) and give the agency the new "
            f"file, or copy those changes from {file} into the XLIFF file, then import."
        )
    return plan


def _plan_unit(plan: _Plan, unit: Unit, dutch: str, entry) -> None:
    """Add one unit to ``plan``: untranslated, unchanged, refused, or a change to make."""
    result = plan.result
    current = entry.value if entry is not None and isinstance(entry.value, str) else None
    if not unit.translated:
        if current is None or not current.strip():
            result.untranslated.append(unit.key)
        return
    target = unit.target
    if current is not None and _same(current, target):
        result.unchanged += 1
        _approve(plan, unit, current)
        return
    if unit.exported_hash is not None and text_hash(current or "") != unit.exported_hash:
        if text_hash(target) == unit.exported_hash:
            result.unchanged += 1  # the agency left it; the YAML's newer text stays
        else:
            plan.changed_since_export.append(unit.key)  # both changed: a person decides
        return
    errors = consistency_errors(result.language, unit.key, target, dutch)
    if errors:
        plan.problems += _refusals(unit, dutch, errors)
        return
    _accept(plan, unit, dutch, is_new=entry is None)


def _accept(plan: _Plan, unit: Unit, dutch: str, is_new: bool) -> None:
    """Plan ``unit``'s target as the new text, with the Dutch text it was translated from."""
    result, target = plan.result, unit.target
    plan.changes[unit.key] = target
    (result.added if is_new else result.changed).append(unit.key)
    if unit.source.strip() and not _same(target, unit.source):
        plan.imported_from[unit.key] = unit.source.strip()
        if not _same(unit.source, dutch):
            result.older_source.append(unit.key)
    _approve(plan, unit, target)


def _approve(plan: _Plan, unit: Unit, text: str) -> None:
    """A signed-off unit with a reviewer (``--by`` or its phase's contact) is a review; without
    one it is only translated, and reported."""
    if not unit.approved:
        return
    by = plan.by or unit.reviewer
    if by:
        plan.approved[unit.key] = (text, by)
    else:
        plan.result.unnamed.append(unit.key)


def _refusals(unit: Unit, dutch: str, errors: list[Message]) -> list[str]:
    """Why ``unit`` is refused: each error with the Dutch text and the agency's text."""
    changed = "" if _same(unit.source, dutch) else " (the Dutch text has changed since the export)"
    return [
        f"unit '{unit.key}': {m.text}{changed}\n"
        f'    Dutch now: "{dutch}"\n'
        f'    XLIFF target: "{unit.target}"\n'
        f"    → {m.hint}"
        for m in errors
    ]


def _edited(text: str, plan: _Plan) -> str:
    """The translation file with the planned changes (``text`` itself when there are none, or
    when the import is refused anyway); a file that cannot be edited in place is a problem."""
    if not plan.changes or plan.problems:
        return text
    try:
        return set_texts(text, plan.changes)
    except YamlEditError as exc:
        plan.problems.append(f"{plan.result.file}: {exc}")
        return text


def _check_as_loaded(guide: Guide, plan: _Plan, new_text: str) -> None:
    """Refuse (in ``plan.problems``) a translation file that the next ``check`` or ``build``
    would refuse: read it back as the loader would (characters, length of a text, keys), and
    look at every imported text for control and invisible characters."""
    path = guide.translations[plan.result.language].path
    try:
        loaded = parse_translation(new_text.encode("utf-8"), path, guide.root)
    except InputError as exc:
        plan.problems += [
            f"the imported texts would make {m.file} unreadable: {m.format()}" for m in exc.messages
        ]
        return
    for key in plan.changes:
        value = loaded.texts[key].value if key in loaded.texts else None
        if not isinstance(value, str):
            continue
        for _, ch in invisible(value)[:1]:
            plan.problems.append(
                f"unit '{key}': the XLIFF target contains the control or invisible character "
                f"{char_name(ch)}, which a guide cannot print\n"
                "    → Remove it in the translation tool (retype the words around it) and "
                "export again."
            )


def _count_records(plan: _Plan, states: States) -> None:
    """How many imported texts the lock would record, and which approved ones are not
    recorded as reviewed yet (a project without a lock file records none)."""
    result, lock, reviews = plan.result, states.lock, states.reviews
    result.reviewed = [
        key
        for key, (value, _) in plan.approved.items()
        if not (reviews and reviews.is_reviewed(result.language, key, value))
    ]
    result.confirmed = len(plan.imported_from) if lock is not None and lock.exists else 0


def _record(plan: _Plan, states: States) -> None:
    """Write to translations.lock which Dutch text the imported texts were translated from, and
    to translations.review the texts the file signs off, each with its reviewer."""
    result = plan.result
    if result.confirmed:
        for key, dutch in plan.imported_from.items():
            record(states.lock, result.language, key, dutch)
        write_lock(states.lock)
    if result.reviewed and states.reviews is not None:
        by_reviewer: dict[str, dict[str, str]] = {}
        for key in result.reviewed:
            text, by = plan.approved[key]
            by_reviewer.setdefault(by, {})[key] = text
        for by, texts in by_reviewer.items():
            mark(states.reviews, result.language, texts, by)
        write_reviews(states.reviews)
