"""The translators' ``status``: where every language stands, shown as a table with a bar per
language, as the to-do list of one language, or as one text in every language.

:func:`all_status` takes each language's state from :mod:`hulpwijzer.check.status` and adds which
texts are longer than the room the layout leaves; :func:`format_status`, :func:`format_language`,
:func:`format_key` and the ``*_json`` functions show it. (A new language: :mod:`.scaffold`.)

No ReportLab renderer here: this command does not render. Glyph coverage comes from
:mod:`hulpwijzer.glyphs`; language names and directions from CLDR through Babel.
"""

from __future__ import annotations

import textwrap

from .. import glyphs
from ..check.status import LanguageStatus, language_status
from ..languages import is_rtl, own_name, uncovered
from ..load.states import Notes, States
from ..model import Guide, Message, shorten
from ..outputs.pdf.room import length
from .notes import note_text, room


def script_names(chars: set[str]) -> list[str]:
    """Names of the scripts of ``chars`` ("Ethiopic", "Han"), for messages."""
    return glyphs.script_names(chars)


def all_status(guide: Guide, states: States) -> list[LanguageStatus]:
    """Every language's status, with the texts longer than the room the layout leaves marked."""
    statuses = [
        language_status(guide, code, states.lock, states.reviews) for code in guide.languages
    ]
    page_size = guide.settings.page_size
    for status in statuses:
        for state in status.keys:
            r = room(state.key, page_size) if state.text is not None else None
            state.too_long = r is not None and length(state.text) > r.chars
    return statuses


# --- status output -------------------------------------------------------------------------------

BAR_WIDTH = 20


def bar(status: LanguageStatus, unicode: bool = True) -> str:
    """Reviewed, translated (not reviewed) and missing, as one bar of BAR_WIDTH cells."""
    full, part, empty = ("█", "▒", "░") if unicode else ("#", "+", ".")
    total = status.total or 1
    if status.is_source:
        return full * BAR_WIDTH
    translated = round(BAR_WIDTH * status.translated / total)
    reviewed = min(translated, round(BAR_WIDTH * status.reviewed / total))
    if status.translated < status.total:
        translated = min(translated, BAR_WIDTH - 1)  # a missing text always shows
    return full * reviewed + part * (translated - reviewed) + empty * (BAR_WIDTH - translated)


def format_status(
    statuses: list[LanguageStatus], problems: list[Message], unicode: bool = True
) -> str:
    """The table of every language with its bar, then what keeps a language from print."""
    lines = []
    head = (
        f"  {'language':22} {'translated':>10} {'missing':>7} {'outdated':>8} "
        f"{'not confirmed':>13} {'reviewed':>8}"
    )
    lines.append(head + f"  {'':{BAR_WIDTH}}  build")
    for s in statuses:
        name = f"{s.language} {s.name}" + (" (source)" if s.is_source else "")
        translated = f"{s.translated}/{s.total}"
        if s.is_source:
            missing, outdated, unconfirmed, reviewed = str(len(s.missing)), "-", "-", "-"
        else:
            missing, outdated = str(len(s.missing)), str(s.outdated)
            unconfirmed, reviewed = str(s.not_confirmed), str(s.reviewed)
        built = "no font" if uncovered(s.language) else "print" if s.complete else "draft only"
        lines.append(
            f"  {name:22} {translated:>10} {missing:>7} {outdated:>8} {unconfirmed:>13} "
            f"{reviewed:>8}"
            f"  {bar(s, unicode)}  {built}"
        )
    full, part, empty = ("█", "▒", "░") if unicode else ("#", "+", ".")
    lines.append(
        f"\n  {full} reviewed by a native speaker   {part} translated, not reviewed   "
        f"{empty} missing"
    )
    notes = []
    for s in statuses:
        if s.uncovered:
            notes.append(font_note(s.language, s.uncovered))
        if not s.complete and not s.is_source:
            notes.append(
                f"{s.language}: {len(s.missing)} text(s) missing, so 'hulpwijzer build' skips it. "
                f"See it on the page: hulpwijzer preview {s.language}"
            )
    for m in problems:
        notes.append(f"{m.level}: {m.format()}")
    if notes:
        lines.append("")
        lines += notes
    lines.append("\nDetails per language: hulpwijzer status <code>; per text: status --key <key>.")
    return "\n".join(lines)


def font_note(code: str, chars: set[str]) -> str:
    """Why a language's script cannot be printed yet, and which font it needs (and where)."""
    sample = "".join(sorted(chars)[:8])
    return (
        f"{code}: the fonts of the guide cannot draw {len(chars)} character(s) of this language "
        f"({', '.join(script_names(chars))}: {sample}); they would print as empty boxes, so "
        f"'hulpwijzer build' holds {code} back (not even a draft) and builds the other languages. "
        + glyphs.font_advice(chars)
    )


def format_language(s: LanguageStatus, guide: Guide, notes: Notes) -> str:
    """What is left to do in one language: missing, outdated, not confirmed, not reviewed, too
    long."""
    lines = [
        f"{s.language} {s.name} ({own_name(s.language)}), "
        f"{'right to left' if is_rtl(s.language) else 'left to right'}: {s.file}",
        f"  translated {s.translated}/{s.total}, missing {len(s.missing)}, "
        f"outdated {s.outdated}, not confirmed {s.not_confirmed}, "
        f"reviewed {s.reviewed}/{s.total}",
    ]
    groups = [
        ("Missing (translate these)", s.missing),
        (
            "Outdated: the Dutch changed since it was confirmed (compare with the new Dutch, "
            f"update it, then: hulpwijzer confirm {s.language} KEY)",
            [k for k in s.keys if k.outdated],
        ),
        (
            "Not confirmed yet: never checked against the Dutch (check it, then: "
            f"hulpwijzer confirm {s.language})",
            [k for k in s.keys if k.not_confirmed],
        ),
        (
            "Same as the Dutch text (translate, or confirm that it stays)",
            [k for k in s.keys if k.same],
        ),
        (
            "Longer than the room the layout leaves (shorten if you can; see status --key)",
            [k for k in s.keys if k.too_long],
        ),
    ]
    if not s.is_source:
        groups.append(
            (
                f"Not reviewed by a native speaker (hulpwijzer review {s.language} --by NAME)",
                s.not_reviewed,
            )
        )
    for title, keys in groups:
        if not keys:
            continue
        lines.append(f"\n{title}: {len(keys)}")
        for k in keys:
            where = f"{s.file}:{k.line}" if k.line else s.file
            lines.append(f"  {where:28} {k.key}")
            lines.append(f"      nl: {shorten(k.dutch, 90)}")
    if s.uncovered:
        lines.append("\n" + font_note(s.language, s.uncovered))
    return "\n".join(lines)


def format_key(key: str, guide: Guide, notes: Notes, statuses: list[LanguageStatus]) -> str:
    """One key: the note, the room, the Dutch text and every translation with its state."""
    note = note_text(guide, notes, key, with_room=False)
    r = room(key, guide.settings.page_size)
    lines = [key]
    if note:
        lines += textwrap.wrap("Note: " + note, 96, initial_indent="  ", subsequent_indent="    ")
    if r is not None:
        lines.append("  " + r.describe())
    for s in statuses:
        state = next((k for k in s.keys if k.key == key), None)
        if state is None:
            continue
        if state.text is None:
            flags = ["missing"]
        elif s.is_source:
            flags = ["source"]
        else:
            flags = ["reviewed" if state.reviewed else "not reviewed"]
            if state.outdated:
                flags.insert(0, "outdated")
            if state.not_confirmed:
                flags.insert(0, "not confirmed")
            if state.same:
                flags.insert(0, "same as the Dutch")
        if state.text is not None and r is not None:
            flags.append(
                f"{length(state.text)}/{r.chars} characters"
                + (", too long" if state.too_long else "")
            )
        lines.append(f"  {s.language:5} [{', '.join(flags)}]")
        if state.text is not None:
            lines.append(f"        {state.text.strip()}")
    return "\n".join(lines)


def status_json(
    statuses: list[LanguageStatus], problems: list[Message], guide: Guide, notes: Notes
) -> dict:
    """Every language's status as JSON data, for dashboards (``status --format json``)."""
    return {
        "source_language": guide.settings.source_language,
        "languages": [
            {
                "language": s.language,
                "name": s.name,
                "own_name": own_name(s.language),
                "direction": "rtl" if is_rtl(s.language) else "ltr",
                "source": s.is_source,
                "file": s.file,
                "total": s.total,
                "translated": s.translated,
                "missing": len(s.missing),
                "outdated": None if s.is_source else s.outdated,
                "not_confirmed": None if s.is_source else s.not_confirmed,
                "reviewed": None if s.is_source else s.reviewed,
                "complete": s.complete,
                "buildable": "print" if s.complete else "draft",
                "percent_translated": _percent(s.translated, s.total),
                "percent_reviewed": None if s.is_source else _percent(s.reviewed, s.total),
                "too_long": [k.key for k in s.keys if k.too_long],
                "missing_keys": [k.key for k in s.missing],
                "outdated_keys": [k.key for k in s.keys if k.outdated],
                "not_confirmed_keys": [k.key for k in s.keys if k.not_confirmed],
                "not_reviewed_keys": [] if s.is_source else [k.key for k in s.not_reviewed],
                "uncovered_characters": "".join(sorted(s.uncovered)),
            }
            for s in statuses
        ],
        "problems": [
            {"level": m.level, "file": m.file, "line": m.line, "key": m.key, "text": m.text}
            for m in problems
        ],
    }


def key_json(key: str, guide: Guide, notes: Notes, statuses: list[LanguageStatus]) -> dict:
    """One key in every language as JSON data (``status --key KEY --format json``)."""
    r = room(key, guide.settings.page_size)
    out = {
        "key": key,
        "note": note_text(guide, notes, key, with_room=False),
        "room": None
        if r is None
        else {"lines": r.lines, "characters_per_line": r.per_line, "characters": r.chars},
        "languages": {},
    }
    for s in statuses:
        state = next((k for k in s.keys if k.key == key), None)
        if state is not None:
            out["languages"][s.language] = {
                "text": state.text,
                "missing": state.text is None,
                "outdated": state.outdated,
                "not_confirmed": state.not_confirmed,
                "reviewed": state.reviewed,
                "too_long": state.too_long,
            }
    return out


def _percent(part: int, whole: int) -> float:
    return 100.0 if not whole else int(1000 * part / whole) / 10
