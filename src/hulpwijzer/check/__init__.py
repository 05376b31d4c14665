"""Stage 2: check that every language is complete and every contact valid, before printing.

:func:`validate` is a pure function of the loaded :class:`~hulpwijzer.model.Guide` (plus the
lock it is handed): it never re-reads the YAML, the file and line of every
message come from the model. Each :class:`~hulpwijzer.model.Message` says where (file, line,
key), what is wrong and what to do; messages about a translation show the Dutch source text.

Levels: an *error* makes the guide wrong or unprintable (a missing text, a changed phone number,
an invalid URL); a *warning* needs a person's judgement (probably untranslated, outdated, old
contact data, hard Dutch). ``check --strict`` treats warnings as errors for the final check.

No ReportLab here: ``hulpwijzer check`` must stay fast. What the layout found (does every text
fit) is handed in by the caller (:mod:`hulpwijzer.publish.run`); :func:`glyph_messages` reads
the fonts' character maps through :mod:`hulpwijzer.glyphs`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
from urllib.parse import urlsplit

from .. import glyphs, languages
from ..load import relative_path
from ..load.states import LOCK_FILE, Lock
from ..model import PHONE_KINDS, WEEKDAYS, Contact, Guide, Message, Text, shorten
from ..phones import phone_info
from ..texts import PLACEHOLDERS, Source, char_name, source_texts, text_hash

MAX_SENTENCE_WORDS = 15  # easy Dutch (B1): a sentence of more words is reported
MAX_WORD_LETTERS = 20  # a longer word (part) is reported
HARD_SCORE = 60  # Flesch-Douma below this is "fairly difficult" or harder
MIN_SCORED_WORDS = 5  # texts (not titles or labels) of at least this many words get a score

LABELS = ("call", "free", "always_open", "hours", "address", "website", "email")
KIND_LABELS = {"whatsapp": "whatsapp", "text": "text"}  # labels needed only when a phone has it
DAY_NAMES = dict(zip(WEEKDAYS, calendar.day_name, strict=True))
SAME_TEXT = "same as the Dutch text"
CONTENT_GUIDE, CONTENT_CONTACTS = "content/guide.yaml", "content/contacts.yaml"


# --- the report ----------------------------------------------------------------------------------


@dataclass
class LanguageStats:
    """One row of the summary table."""

    language: str
    is_source: bool = False
    keys: int = 0  # texts the language must have
    translated: int = 0  # of those: present and non-empty
    outdated: int = 0  # made from an older Dutch text, or not confirmed yet
    errors: int = 0
    warnings: int = 0

    @property
    def complete(self) -> float:
        """Percentage of the texts present, rounded down (100 only when nothing is missing)."""
        if not self.keys:
            return 100.0
        return int(1000 * self.translated / self.keys) / 10


@dataclass(frozen=True)
class Readability:
    """Flesch-Douma score of one Dutch text (higher is easier; under 60 is hard)."""

    key: str
    file: str
    line: int
    score: float
    words: int
    sentences: int


@dataclass
class Report:
    messages: list[Message] = field(default_factory=list)
    languages: dict[str, LanguageStats] = field(default_factory=dict)
    content: LanguageStats = field(default_factory=lambda: LanguageStats("content"))
    readability: list[Readability] = field(default_factory=list)  # hardest first
    not_checked: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Message]:
        return [m for m in self.messages if m.level == "error"]

    @property
    def warnings(self) -> list[Message]:
        return [m for m in self.messages if m.level == "warning"]

    def ok(self, strict: bool = False) -> bool:
        """True when nothing blocks printing: no errors (and, if strict, no warnings)."""
        return not self.errors and not (strict and self.warnings)

    def exit_code(self, strict: bool = False) -> int:
        return 0 if self.ok(strict) else 1

    def strict(self) -> Report:
        """The same report with every warning raised to an error."""
        messages = [replace(m, level="error") for m in self.messages]
        languages = {
            code: replace(s, errors=s.errors + s.warnings, warnings=0)
            for code, s in self.languages.items()
        }
        content = replace(
            self.content, errors=self.content.errors + self.content.warnings, warnings=0
        )
        return Report(messages, languages, content, self.readability, self.not_checked)

    def to_dict(self) -> dict:
        return {
            "ok": self.ok(),
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "messages": [m.as_dict() for m in self.messages],
            "languages": [
                {
                    "language": s.language,
                    "source": s.is_source,
                    "complete": s.complete,
                    "keys": s.keys,
                    "translated": s.translated,
                    "outdated": s.outdated,
                    "errors": s.errors,
                    "warnings": s.warnings,
                }
                for s in self.languages.values()
            ],
            "content": {"errors": self.content.errors, "warnings": self.content.warnings},
            "readability": [
                {
                    "key": r.key,
                    "file": r.file,
                    "line": r.line,
                    "score": r.score,
                    "words": r.words,
                    "sentences": r.sentences,
                }
                for r in self.readability
            ],
            "not_checked": self.not_checked,
        }


# --- entry points --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """What laying out one language found: its page count and the texts that outgrow their
    place, as (key, what is wrong, what to do). The outputs find it; the check is handed it."""

    pages: int
    problems: tuple[tuple[str, str, str], ...] = ()


def validate(
    guide: Guide,
    today: dt.date | None = None,
    lock: Lock | None = None,
    layouts: dict[str, Layout] | None = None,
    found: list[Message] | tuple[Message, ...] = (),
) -> Report:
    """Check ``guide``: a pure function of what it is handed, reading no file.

    ``lock`` is ``translations.lock`` as :func:`hulpwijzer.load.states.read_lock` read it (None:
    outdated translations are not looked for). ``layouts`` holds per language what laying it out
    found (None: the fit on the page is not checked). ``found`` are messages met while reading
    those (a damaged lock file), reported with the rest. ``today`` is the date against which
    ``verified`` dates are judged.
    """
    today = today or dt.date.today()
    messages: list[Message] = list(found)
    report = Report()
    messages += _check_settings(guide)
    messages += _check_structure(guide)
    for contact in guide.contacts.values():
        messages += _check_contact(guide, contact, today)
    sources = source_texts(guide)
    dutch, report.readability = _check_source(guide, sources)
    messages += dutch
    if lock is not None and not lock.exists:
        messages.append(
            Message(
                "warning",
                LOCK_FILE,
                0,
                "",
                "not found: outdated translations cannot be recognised",
                "When every translation has been reviewed, run 'hulpwijzer confirm --all'.",
            )
        )
    stats = {}
    for code in guide.languages:
        if code == guide.settings.source_language:
            continue
        found_here, stats[code] = _check_translation(guide, code, sources, lock)
        messages += found_here
    messages += glyph_messages(guide)
    if layouts is not None:
        messages += fit_messages(guide, layouts)
    else:
        report.not_checked.append(
            "whether every text still fits its place in the layout, and whether every "
            "language stays within max_pages (run check without --no-layout)"
        )
    report.messages = _sorted(guide, messages)
    _count(guide, report, stats)
    return report


def fit_messages(guide: Guide, layouts: dict[str, Layout]) -> list[Message]:
    """Texts that outgrow their place in the layout, and guides over ``max_pages``.

    One warning per text that takes more lines than its place has (named by its key), per
    cover or start page that spills over, and an error per language whose guide needs more
    than ``max_pages``; for the languages in ``layouts``.
    """
    messages = []
    limit = guide.settings.max_pages
    for code, layout in layouts.items():
        translation = guide.translations[code]
        file = _rel(guide, translation)
        for key, problem, hint in layout.problems:
            entry = translation.texts.get(key)
            messages.append(
                Message("warning", file, entry.line if entry else 1, key, problem, hint)
            )
        if layout.pages > limit:
            messages.append(
                Message(
                    "error",
                    file,
                    1,
                    "",
                    f"the guide needs {layout.pages} pages; max_pages in content/guide.yaml is "
                    f"{limit}",
                    "Shorten the longest texts, or raise max_pages if the print budget allows.",
                )
            )
    return messages


# --- guide.yaml ----------------------------------------------------------------------------------


def _gline(guide: Guide, path: str) -> int:
    """Line of a dotted path in content/guide.yaml, or of its nearest parent."""
    while path:
        if path in guide.lines:
            return guide.lines[path]
        path = path.rpartition(".")[0]
    return 1


def _check_settings(guide: Guide) -> list[Message]:
    out = []
    for code, url in guide.settings.online_url.items():
        key = f"online_url.{code}"
        problem = _url_problem(url)
        if problem:
            out.append(
                Message("error", CONTENT_GUIDE, _gline(guide, key), key, problem[0], problem[1])
            )
        if code != "default" and code not in guide.translations:
            out.append(
                Message(
                    "warning",
                    CONTENT_GUIDE,
                    _gline(guide, key),
                    key,
                    f"there is no translations/{code}.yaml, so this URL is not used",
                    "Use a language code of a file in translations/, or 'default'.",
                )
            )
    return out


def _check_structure(guide: Guide) -> list[Message]:
    """Steps, sections and emergency numbers: ids unique, listed contacts exist, all used."""
    out: list[Message] = []
    used: set[str] = set()
    for kind, groups in (("steps", guide.steps), ("sections", guide.sections)):
        first: dict[str, int] = {}
        for group in groups:
            base = group.where.key if group.where else kind
            line = group.where.line if group.where else _gline(guide, kind)
            if group.id in first:
                out.append(
                    Message(
                        "error",
                        CONTENT_GUIDE,
                        line,
                        f"{kind}.{group.id}",
                        f"the id '{group.id}' is used twice (first on line {first[group.id]})",
                        "Give every step and section its own id.",
                    )
                )
            first.setdefault(group.id, line)
            if not re.fullmatch(r"[a-z0-9]+([-_][a-z0-9]+)*", group.id):
                out.append(
                    Message(
                        "error",
                        CONTENT_GUIDE,
                        line,
                        f"{kind}.{group.id}",
                        f"the id '{group.id}' may only hold a-z, 0-9, '-' and '_'",
                        "The id is part of the text keys (sections.<id>.title): no dots or spaces.",
                    )
                )
            seen: set[str] = set()
            for j, cid in enumerate(group.contact_ids):
                key = f"{kind}.{group.id}.contacts"
                cline = _gline(guide, f"{base}.contacts.{j}")
                used.add(cid)
                if cid not in guide.contacts:
                    out.append(_unknown_contact(guide, cid, cline, key))
                elif cid in seen:
                    out.append(
                        Message(
                            "warning",
                            CONTENT_GUIDE,
                            cline,
                            key,
                            f"'{cid}' is listed twice",
                            "Delete one of the two.",
                        )
                    )
                seen.add(cid)
    for j, cid in enumerate(guide.emergency):
        used.add(cid)
        line = _gline(guide, f"emergency.{j}")
        if cid not in guide.contacts:
            out.append(_unknown_contact(guide, cid, line, "emergency"))
        elif not guide.contacts[cid].phones:
            out.append(
                Message(
                    "error",
                    CONTENT_GUIDE,
                    line,
                    "emergency",
                    f"'{cid}' has no phone number, but the emergency list shows phone numbers",
                    f"Add its number in {CONTENT_CONTACTS}, or take it off this list.",
                )
            )
    for contact in guide.contacts.values():
        if contact.id not in used:
            out.append(
                Message(
                    "warning",
                    CONTENT_CONTACTS,
                    _cline(contact, "id"),
                    f"contacts.{contact.id}",
                    "is not in any section, step or the emergency list, so it is not printed",
                    f"Add '{contact.id}' to a section in {CONTENT_GUIDE}, or delete the entry.",
                )
            )
    return out


def _unknown_contact(guide: Guide, cid: str, line: int, key: str) -> Message:
    close = difflib.get_close_matches(cid, list(guide.contacts), n=1)
    hint = f"Did you mean '{close[0]}'?" if close else f"Add it to {CONTENT_CONTACTS} first."
    return Message(
        "error",
        CONTENT_GUIDE,
        line,
        key,
        f"there is no contact '{cid}' in {CONTENT_CONTACTS}",
        hint,
    )


# --- contacts.yaml -------------------------------------------------------------------------------


def _cline(contact: Contact, path: str) -> int:
    """Line of a dotted path inside one contact entry, or of its nearest parent."""
    while path:
        if path in contact.lines:
            return contact.lines[path]
        path = path.rpartition(".")[0]
    return contact.where.line if contact.where else 1


def _check_contact(guide: Guide, c: Contact, today: dt.date) -> list[Message]:
    out: list[Message] = []
    file = c.where.file if c.where else CONTENT_CONTACTS

    def msg(level: str, path: str, field_: str, text: str, hint: str = "") -> None:
        key = f"contacts.{c.id}.{field_}" if field_ else f"contacts.{c.id}"
        out.append(Message(level, file, _cline(c, path), key, text, hint))

    seen_numbers: dict[str, int] = {}
    for i, phone in enumerate(c.phones):
        path = f"phones.{i}.number"
        info = phone_info(phone.number)
        if info.problem:
            msg("error", path, "phones", info.problem, info.hint)
            continue
        if info.digits in seen_numbers:
            msg("warning", path, "phones", f"{info.display} is listed twice", "Delete one of them.")
        seen_numbers[info.digits] = i
        if phone.kind not in PHONE_KINDS:
            msg("error", f"phones.{i}.kind", "phones", f"kind '{phone.kind}' is unknown")
        if info.paid and phone.free:
            msg(
                "error",
                f"phones.{i}.free",
                "phones",
                f"{info.display} is marked free, but calls to {info.digits[:4]} numbers cost money",
                "Set free: false (or leave the line out).",
            )
        elif info.free and not phone.free:
            msg(
                "warning",
                f"phones.{i}",
                "phones",
                f"{info.display} is free of charge, but not marked free",
                "Add 'free: true', so that the guide says it costs nothing.",
            )
        if phone.kind in ("whatsapp", "text") and info.short:
            msg(
                "error",
                f"phones.{i}.kind",
                "phones",
                f"{info.display} is a short number: it cannot receive {phone.kind} messages",
                "Use kind: voice.",
            )
    if c.address is not None:
        postcode = c.address.postcode.strip()
        match = re.fullmatch(r"([1-9]\d{3}) ?([A-Za-z]{2})", postcode)
        if not match or match.group(2).upper() in ("SA", "SD", "SS"):
            msg(
                "error",
                "address.postcode",
                "address.postcode",
                f"'{postcode}' is not a Dutch postcode",
                "A Dutch postcode is 4 digits and 2 letters, like 6411 BS.",
            )
        else:
            canonical = f"{match.group(1)} {match.group(2).upper()}"
            if postcode != canonical:
                msg(
                    "warning",
                    "address.postcode",
                    "address.postcode",
                    f"write the postcode as '{canonical}', not '{postcode}'",
                    "Dutch postcodes are written with a space and capital letters.",
                )
    if c.website is not None:
        problem = _url_problem(c.website)
        if problem:
            msg("error", "website", "website", problem[0], problem[1])
    if c.email is not None and not _is_email(c.email):
        msg(
            "error",
            "email",
            "email",
            f"'{c.email}' is not an e-mail address",
            "Write it like name@example.nl, without 'mailto:' or spaces.",
        )
    out += _check_hours(c, file)
    out += _check_contact_text(c, file)
    if not c.source.strip():
        msg("error", "source", "source", "'source' is empty", "Name where every fact comes from.")
    if not (c.phones or c.website or c.email or c.address):
        msg(
            "warning",
            "id",
            "",
            "has no phone number, website, e-mail or address: readers cannot reach it",
            "Add at least one way to reach it before printing.",
        )
    _check_verified(guide, c, today, msg)
    return out


# fields of a contact that are text, with their path in the entry (website is checked as a URL)
_CONTACT_TEXTS = (
    ("name", lambda c: c.name),
    ("address.street", lambda c: c.address.street if c.address else None),
    ("address.postcode", lambda c: c.address.postcode if c.address else None),
    ("address.city", lambda c: c.address.city if c.address else None),
    ("email", lambda c: c.email),
    ("source", lambda c: c.source),
    ("unverified", lambda c: c.unverified),
)


def _check_contact_text(c: Contact, file: str) -> list[Message]:
    """Invisible and control characters in the contact's texts; an empty name."""
    out = []
    for path, get in _CONTACT_TEXTS:
        value = get(c)
        if not value:
            continue
        for position, ch in _invisible(value)[:1]:
            before = value[max(0, position - 15) : position].strip()
            out.append(
                Message(
                    "error",
                    file,
                    _cline(c, path),
                    f"contacts.{c.id}.{path}",
                    f'contains the invisible character {char_name(ch)} (after "{before}")',
                    "Delete it: retype the words around it, or paste the text without formatting.",
                )
            )
    for i, phone in enumerate(c.phones):
        for _, ch in _invisible(phone.number)[:1]:
            out.append(
                Message(
                    "error",
                    file,
                    _cline(c, f"phones.{i}.number"),
                    f"contacts.{c.id}.phones",
                    f"the number contains the invisible character {char_name(ch)}",
                    "Retype the number.",
                )
            )
    if not c.name.strip():
        out.append(
            Message(
                "error",
                file,
                _cline(c, "name"),
                f"contacts.{c.id}.name",
                "the name is empty",
                "Write the name as the organisation writes it.",
            )
        )
    return out


def glyph_messages(guide: Guide) -> list[Message]:
    """Characters that no bundled font can draw, per text: they would print as empty boxes.

    Covers every text of every language, the name of each language (the cover lists them all)
    and the printed fields of every contact. Reads the fonts' character maps without ReportLab.
    """
    out: list[Message] = []

    def report(file: str, line: int, key: str, value: str, what: str = "") -> None:
        missing = sorted(glyphs.missing(value))
        if not missing:
            return
        shown = ", ".join(f"'{ch}' ({char_name(ch)})" for ch in missing[:3])
        more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
        out.append(
            Message(
                "error",
                file,
                line,
                key,
                f"{what}cannot be printed: no font of the guide has {shown}{more}",
                "Leave the character out or say it in words (emoji and symbols would print as "
                "empty boxes). A script the fonts lack needs a new font in the program.",
            )
        )

    for code in guide.languages:
        translation = guide.translations[code]
        file = _rel(guide, translation)
        report(file, 1, "", languages.own_name(code), "the name of this language ")
        for key, entry in translation.texts.items():
            if isinstance(entry.value, str):
                report(file, entry.line, key, entry.value)
    for c in guide.contacts.values():
        file = c.where.file if c.where else CONTENT_CONTACTS
        for path, get in _CONTACT_TEXTS[:5]:  # the printed ones: name, address, e-mail
            value = get(c)
            if value:
                report(file, _cline(c, path), f"contacts.{c.id}.{path}", value)
    return out


def _check_hours(c: Contact, file: str) -> list[Message]:
    out = []
    key = f"contacts.{c.id}.hours"
    taken: dict[str, list[tuple[dt.time, dt.time, int]]] = {}
    for i, entry in enumerate(c.hours):
        line = entry.where.line if entry.where else _cline(c, f"hours.{i}")
        unknown = [d for d in entry.days if d not in WEEKDAYS]
        if unknown:
            out.append(
                Message(
                    "error",
                    file,
                    line,
                    key,
                    f"unknown day '{unknown[0]}'",
                    "Use: " + " ".join(WEEKDAYS),
                )
            )
        doubled = sorted({d for d in entry.days if entry.days.count(d) > 1})
        if doubled:
            out.append(
                Message("warning", file, line, key, f"'{doubled[0]}' is listed twice in one line")
            )
        opens, closes = entry.opens.strftime("%H:%M"), entry.closes.strftime("%H:%M")
        if entry.opens >= entry.closes:
            out.append(
                Message(
                    "error",
                    file,
                    line,
                    key,
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
                        Message(
                            "error",
                            file,
                            line,
                            key,
                            f"on {DAY_NAMES.get(day, day)}, {opens}–{closes} overlaps "
                            f"{other_opens:%H:%M}–{other_closes:%H:%M} (line {other_line})",
                            "Every day may appear in several lines, but their times must not "
                            "overlap: correct or merge them.",
                        )
                    )
            taken.setdefault(day, []).append((entry.opens, entry.closes, line))
    return out


def _check_verified(guide: Guide, c: Contact, today: dt.date, msg) -> None:
    """'verified' present, not in the future, not too old; 'unverified' listed for staff."""
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
    source = c.source.strip()
    source = source if len(source) <= 100 else source[:99].rstrip() + "…"
    redo = (
        f"Before printing, check {facts} against the source ({source}); "
        f"then set verified: {today.isoformat()}."
    )
    months = guide.settings.max_verified_age_months
    if c.verified is None:
        msg("warning", "id", "verified", "has no 'verified' date: nobody has checked it", redo)
    elif c.verified > today:
        msg(
            "error",
            "verified",
            "verified",
            f"the date {c.verified.isoformat()} is in the future",
            f"Write the date it was checked, at the latest today ({today.isoformat()}).",
        )
    elif c.verified < _months_before(today, months):
        msg(
            "warning",
            "verified",
            "verified",
            f"last checked on {c.verified.isoformat()}, more than {months} months ago",
            redo,
        )
    if c.unverified and c.unverified.strip():
        msg(
            "warning",
            "unverified",
            "unverified",
            f'still to be confirmed before printing: "{" ".join(c.unverified.split())}"',
            "Confirm it with the organisation or a source, update the entry, then delete the "
            "'unverified' lines.",
        )


def _months_before(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _url_problem(url: str) -> tuple[str, str] | None:
    """(what is wrong, what to do) for a URL that may not be printed, else None."""
    hidden = next((ch for i, ch in _invisible(url or "")), None)
    if hidden is not None:
        return (
            f"'{url}' contains the invisible character {char_name(hidden)}",
            "Delete it: copy the address again from the browser's address bar.",
        )
    if not url or any(ch.isspace() for ch in url):
        return f"'{url}' is not a web address: it contains a space", "Remove the spaces."
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return f"'{url}' is not a valid web address", "Copy the address from the browser."
    if parts.scheme == "http":
        return (
            f"'{url}' starts with http://; the guide only prints secure https:// addresses",
            "Check that the site opens with https:// and write that.",
        )
    if parts.scheme != "https":
        return (
            f"'{url}' is not a web address starting with https://",
            "Write the full address, like https://www.heerlen.nl/.",
        )
    labels = host.split(".")
    if (
        len(labels) < 2
        or not all(re.fullmatch(r"(?!-)[a-z0-9-]{1,63}(?<!-)", lab) for lab in labels[:-1])
        or not re.fullmatch(r"[a-z]{2,63}|xn--[a-z0-9-]+", labels[-1])
        or parts.username is not None
    ):
        return (
            f"'{url}' has no valid domain name",
            "Copy the address from the browser, like https://www.heerlen.nl/.",
        )
    return None


EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}")


def _is_email(value: str) -> bool:
    return bool(EMAIL.fullmatch(value)) and ".." not in value and not value.startswith(".")


# --- text helpers ---------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{([^{}\s]*)\}")
URL_IN_TEXT = re.compile(
    r"https?://[^\s<>\"]+|www\.[^\s<>\"]+"
    r"|(?<![\w@.-])(?:[a-z0-9-]+\.)+(?:nl|com|org|net|eu|info|be|de)(?:/[^\s<>\"]*)?(?![\w-])",
    re.IGNORECASE,
)
EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NUMBER_RUN = re.compile(r"\+?\d+(?:[ \u00a0\u202f-]\d+)*")
TRAILING = ".,;:!?)]}»”’'\""
END_MARKS = {
    ".": ".",
    "。": ".",
    "۔": ".",
    "।": ".",
    "!": "!",
    "！": "!",
    "?": "?",
    "؟": "?",
    "？": "?",
    ":": ":",
    "：": ":",
    "…": "…",
}
MARK_NAMES = {
    ".": "a full stop",
    "!": "'!'",
    "?": "a question mark",
    ":": "a colon",
    "…": "'…'",
    "": "no punctuation",
}
ZW_JOINERS = {"\u200c", "\u200d"}  # belong between letters of e.g. Persian or Indic scripts


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text)


@dataclass
class _Tokens:
    """Numbers and addresses in a text, each by its identity with the first written form."""

    items: dict[tuple[str, str], str] = field(default_factory=dict)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (written, display)


@cache
def _tokens(text: str) -> _Tokens:
    """Every e-mail address, web address, phone number and other number, in text order.

    Cached: the Dutch text is compared with every language. Callers only read the result.
    """
    out = _Tokens()
    found: list[tuple[int, tuple[str, str], str]] = []

    def blank(match: re.Match) -> str:  # keep positions: replace by spaces of the same length
        return " " * len(match.group())

    rest = PLACEHOLDER.sub(blank, text)
    for match in EMAIL_IN_TEXT.finditer(rest):
        found.append((match.start(), ("e-mail address", match.group().lower()), match.group()))
    rest = EMAIL_IN_TEXT.sub(blank, rest)
    for match in URL_IN_TEXT.finditer(rest):
        url = match.group().rstrip(TRAILING)
        ident = re.sub(r"^https?://", "", url.lower()).removeprefix("www.").rstrip("/")
        found.append((match.start(), ("web address", ident), url))
    rest = _ascii_digits(URL_IN_TEXT.sub(blank, rest))
    for match in NUMBER_RUN.finditer(rest):
        groups = re.split(r"[ \u00a0\u202f-]", match.group())
        i = 0
        while i < len(groups):
            for j in range(len(groups), i, -1):
                written = " ".join(groups[i:j])
                digits = re.sub(r"\D", "", written)
                if len(digits) < 3 or not (
                    digits.startswith("0") or written.startswith("+") or len(digits) <= 6
                ):
                    continue
                info = phone_info(written)
                if not info.problem:
                    start, original = _original_span(rest, match, groups, i, j)
                    found.append((start, ("phone number", info.digits), info.display))
                    out.phones.append((original, info.display))
                    i = j
                    break
            else:
                value = str(int(groups[i].lstrip("+") or "0"))
                if value != "0":
                    start, _ = _original_span(rest, match, groups, i, i + 1)
                    found.append((start, ("number", value), groups[i]))
                i += 1
    for _, ident, written in sorted(found, key=lambda item: item[0]):
        out.items.setdefault(ident, written)
    return out


def _original_span(
    rest: str, match: re.Match, groups: list[str], i: int, j: int
) -> tuple[int, str]:
    """Position and exact characters of groups[i:j] in the text (with its own separators)."""
    start = match.start() + sum(len(g) + 1 for g in groups[:i])
    length = sum(len(g) for g in groups[i:j]) + (j - i - 1)
    return start, rest[start : start + length]


def _end_mark(text: str, language: str) -> str:
    stripped = text.rstrip().rstrip(")]}»”’'\"« ")
    if not stripped:
        return ""
    last = stripped[-1]
    if language == "el" and last == ";":
        return "?"
    if last == "." and stripped.endswith("..."):
        return "…"
    return END_MARKS.get(last, "")


def _invisible(text: str) -> list[tuple[int, str]]:
    """(position, character) of control and invisible characters that do not belong."""
    found = []
    for i, ch in enumerate(text):
        if ch in "\n\t":
            continue
        category = unicodedata.category(ch)
        if category not in ("Cc", "Cf", "Co", "Cn", "Cs", "Zl", "Zp"):
            continue
        if ch in ZW_JOINERS and 0 < i < len(text) - 1:
            before, after = text[i - 1], text[i + 1]
            if (
                _is_letter(before)
                and _is_letter(after)
                and not (_is_latin(before) and _is_latin(after))
            ):
                continue
        found.append((i, ch))
    return found


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


def _is_latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(("LATIN", "CYRILLIC", "GREEK"))


def _value_problem(value: object) -> tuple[str, str] | None:
    """(what is wrong, what to do) when a translation value is not a usable text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "is empty", 'Write the text after the colon, in quotes: key: "…".'
    if isinstance(value, dict):
        return "is empty ({})", 'Write the text after the colon, in quotes: key: "…".'
    if isinstance(value, bool):
        return (
            f"is read as {'true' if value else 'false'}, not as a text",
            'Put the text in quotes, e.g. "yes" or "no".',
        )
    if isinstance(value, int | float):
        return "is a number, not a text", f'Put it in quotes: "{value}".'
    if isinstance(value, dt.date):
        return "is read as a date, not a text", f'Put it in quotes: "{value}".'
    if isinstance(value, list):
        return (
            "is a list (lines starting with '- '), not a text",
            'Write it as one text in quotes: key: "…".',
        )
    if not isinstance(value, str):
        return f"is {type(value).__name__}, not a text", 'Put the text in quotes: key: "…".'
    return None


def _style_messages(file: str, text: Text, value: str, source: Source | None) -> list[Message]:
    """Whitespace and invisible characters (every language, the Dutch included)."""
    out = []
    dutch = source.text if source else None
    inner = value[:-1] if value.endswith("\n") and not value.endswith("\n\n") else value
    if inner != inner.strip():
        where = "starts" if inner[:1].isspace() else "ends"
        if inner[:1].isspace() and inner[-1:].isspace():
            where = "starts and ends"
        out.append(
            Message(
                "warning",
                file,
                text.line,
                text.key,
                f"{where} with a space",
                "Delete the space(s) inside the quotes.",
                dutch,
            )
        )
    body = inner.strip()
    doubled = re.search(r"\S( {2,})\S", body)
    if doubled:
        around = body[max(0, doubled.start() - 12) : doubled.end() + 12]
        out.append(
            Message(
                "warning",
                file,
                text.line,
                text.key,
                f'has a double space: "{around.strip()}"',
                "Use one space between words.",
                dutch,
            )
        )
    if "\t" in body:
        out.append(
            Message(
                "warning",
                file,
                text.line,
                text.key,
                "has a tab character",
                "Replace it with a space.",
                dutch,
            )
        )
    for position, ch in _invisible(value)[:1]:
        before = value[max(0, position - 15) : position].strip()
        bidi = unicodedata.bidirectional(ch) in ("LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI")
        bidi = bidi or unicodedata.bidirectional(ch) in ("FSI", "PDI") or ch in "\u200e\u200f\u061c"
        hint = (
            "Delete it: the program sets the reading direction itself."
            if bidi
            else "Delete it: retype the words around it, or paste the text without formatting."
        )
        out.append(
            Message(
                "error",
                file,
                text.line,
                text.key,
                f'contains the invisible character {char_name(ch)} (after "{before}")',
                hint,
                dutch,
            )
        )
    return out


# --- the Dutch source ----------------------------------------------------------------------------


def _required_keys(guide: Guide) -> list[str]:
    keys = [
        "cover.title",
        "cover.subtitle",
        "cover.emergency",
        "cover.qr_caption",
        "cover.other_languages",
        "start.title",
        "start.intro",
    ]
    for step in guide.steps:
        keys += [f"start.steps.{step.id}.title", f"start.steps.{step.id}.text"]
    keys.append("start.emergency")
    for section in guide.sections:
        keys += [f"sections.{section.id}.title", f"sections.{section.id}.intro"]
    kinds = {p.kind for c in guide.contacts.values() for p in c.phones}
    keys += [f"labels.{label}" for label in LABELS[:1]]
    keys += [f"labels.{label}" for kind, label in KIND_LABELS.items() if kind in kinds]
    keys += [f"labels.{label}" for label in LABELS[1:]]
    keys += ["back.title", "back.edition", "back.verified", "back.online", "back.notes"]
    return keys


def _unused_reason(guide: Guide, key: str) -> str | None:
    """Why a key of the Dutch file is not used in the guide, or None when it is used."""
    parts = key.split(".")
    fixed = set(_required_keys(guide)) | {f"labels.{label}" for label in KIND_LABELS.values()}
    if key in fixed:
        return None
    steps = {s.id for s in guide.steps}
    sections = {s.id for s in guide.sections}
    if len(parts) == 4 and parts[:2] == ["start", "steps"] and parts[3] in ("title", "text"):
        return None if parts[2] in steps else f"there is no step '{parts[2]}' in {CONTENT_GUIDE}"
    if len(parts) == 3 and parts[0] == "sections" and parts[2] in ("title", "intro"):
        if parts[1] in sections:
            return None
        return f"there is no section '{parts[1]}' in {CONTENT_GUIDE}"
    if len(parts) == 3 and parts[0] == "contacts" and parts[2] in ("about", "name"):
        if parts[1] in guide.contacts:
            return None
        return f"there is no contact '{parts[1]}' in {CONTENT_CONTACTS}"
    return "the guide has no place for this key"


def _check_source(
    guide: Guide, sources: dict[str, Source]
) -> tuple[list[Message], list[Readability]]:
    out: list[Message] = []
    tr = guide.source
    file = _rel(guide, tr)
    texts = tr.texts
    required = _required_keys(guide)
    order = list(texts)
    for key in required:
        if key not in texts:
            line, after = _insert_point(required, key, texts)
            out.append(
                Message(
                    "error",
                    file,
                    line,
                    key,
                    "missing: the guide needs this text",
                    f"Add it {after}." if after else "Add it.",
                )
            )
    for contact in guide.contacts.values():
        key = f"contacts.{contact.id}.about"
        if key not in texts:
            line, after = _insert_point(order + [key], key, texts)
            out.append(
                Message(
                    "warning",
                    file,
                    line,
                    key,
                    f"missing: the card of '{contact.name}' has no text saying what they help with",
                    f"Add one or two easy sentences {after}.",
                )
            )
    scores = []
    for key, text in texts.items():
        problem = _value_problem(text.value)
        if problem:
            out.append(Message("error", file, text.line, key, problem[0], problem[1]))
            continue
        value = str(text.value)
        reason = _unused_reason(guide, key)
        if reason:
            close = difflib.get_close_matches(key, [k for k in required if k not in texts], n=1)
            hint = f"Did you mean '{close[0]}'?" if close else "Delete it, or check the spelling."
            out.append(Message("warning", file, text.line, key, f"not used: {reason}", hint))
        out += _style_messages(file, text, value, None)
        out += _placeholder_source(file, text, value)
        out += _source_numbers(file, text, value)
        if not key.startswith("labels.") and not key.endswith((".name", ".title")):
            messages, score = _easy_dutch(file, text, value.strip())
            out += messages
            if score is not None:
                scores.append(score)
    scores.sort(key=lambda r: (r.score, r.line))
    return out, scores


def _insert_point(order: list[str], key: str, texts: dict[str, Text]) -> tuple[int, str]:
    """(line, "after …") where a missing key would go: after the nearest earlier key present."""
    index = order.index(key) if key in order else len(order)
    for earlier in reversed(order[:index]):
        if earlier in texts:
            return texts[earlier].line, f"after '{earlier}' (line {texts[earlier].line})"
    return 1, ""


def _placeholder_source(file: str, text: Text, value: str) -> list[Message]:
    out = []
    found = set(PLACEHOLDER.findall(value))
    allowed = PLACEHOLDERS.get(text.key, set())
    for name in sorted(found - allowed):
        hint = (
            "Here the program fills in only " + ", ".join("{" + a + "}" for a in sorted(allowed))
            if allowed
            else "The program fills in nothing here: remove the braces."
        )
        out.append(
            Message("error", file, text.line, text.key, f"unknown placeholder {{{name}}}", hint)
        )
    for name in sorted(allowed - found):
        out.append(
            Message(
                "error",
                file,
                text.line,
                text.key,
                f"the placeholder {{{name}}} is missing",
                f"Put {{{name}}} where the program should fill it in.",
            )
        )
    rest = PLACEHOLDER.sub("", value)
    if "{" in rest or "}" in rest:
        out.append(
            Message(
                "error",
                file,
                text.line,
                text.key,
                "has a brace { or } without its partner",
                "Placeholders are written {name}: check the braces.",
            )
        )
    return out


def _source_numbers(file: str, text: Text, value: str) -> list[Message]:
    """Addresses in the Dutch text: https only; phone numbers written as on the cards."""
    out = []
    tokens = _tokens(value)
    for (kind, _), written in tokens.items.items():
        if kind == "web address" and written.lower().startswith("http://"):
            out.append(
                Message(
                    "error",
                    file,
                    text.line,
                    text.key,
                    f"'{written}' starts with http://; the guide only prints https:// addresses",
                    "Check that the site opens with https:// and write that.",
                )
            )
    out += _phone_format(file, text, tokens, None)
    return out


def _phone_format(file: str, text: Text, tokens: _Tokens, dutch: str | None) -> list[Message]:
    out = []
    for written, display in tokens.phones:
        if written != display and written.replace("\u00a0", " ") != display:
            out.append(
                Message(
                    "warning",
                    file,
                    text.line,
                    text.key,
                    f"write the phone number {written} as on the cards: {display}",
                    "The guide prints every number in one format, so readers recognise it.",
                    dutch,
                )
            )
    return out


WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")
VOWEL_GROUP = re.compile(r"[aeiouyàáâèéêìíîòóôùúû]+|[äëïöü]", re.IGNORECASE)


def _syllables(word: str) -> int:
    if not any(ch.isalpha() for ch in word):
        return 1
    return max(1, len(VOWEL_GROUP.findall(word)))


def _easy_dutch(file: str, text: Text, value: str) -> tuple[list[Message], Readability | None]:
    """Long sentences and long words, with the Flesch-Douma score of the text."""
    plain = URL_IN_TEXT.sub("url", EMAIL_IN_TEXT.sub("email", PLACEHOLDER.sub("x", value)))
    sentences = [s for s in re.split(r"(?<=[.!?…])\s+|\n+", plain) if WORD.search(s)]
    words = WORD.findall(plain)
    if not words or not sentences:
        return [], None
    syllables = sum(_syllables(w) for w in words)
    score = round(206.84 - 77 * syllables / len(words) - 0.93 * len(words) / len(sentences), 1)
    readability = None
    if len(words) >= MIN_SCORED_WORDS:  # a score of a few words says little
        readability = Readability(text.key, file, text.line, score, len(words), len(sentences))
    out = []
    for sentence in sentences:
        count = len(WORD.findall(sentence))
        if count > MAX_SENTENCE_WORDS:
            start = " ".join(sentence.split()[:6])
            out.append(
                Message(
                    "warning",
                    file,
                    text.line,
                    text.key,
                    f'sentence of {count} words ("{start} …"); easy Dutch uses at most '
                    f"{MAX_SENTENCE_WORDS} (readability {score:g})",
                    "Split it into two shorter sentences.",
                )
            )
    long_words = []
    for word in words:
        for part in re.split(r"[-’']", word):
            if len(part) > MAX_WORD_LETTERS and part not in long_words and part.isalpha():
                long_words.append(part)
    if long_words:
        out.append(
            Message(
                "warning",
                file,
                text.line,
                text.key,
                f"long word{'s' if len(long_words) > 1 else ''}: {', '.join(long_words)} "
                f"(more than {MAX_WORD_LETTERS} letters; readability {score:g})",
                "Use a shorter word, or split the word with a hyphen or into more words.",
            )
        )
    return out, readability


# --- translations --------------------------------------------------------------------------------


def _rel(guide: Guide, translation) -> str:
    return relative_path(translation.path, guide.root)


def _check_translation(
    guide: Guide, code: str, sources: dict[str, Source], lock: Lock | None
) -> tuple[list[Message], LanguageStats]:
    tr = guide.translations[code]
    file = _rel(guide, tr)
    texts = tr.texts
    stats = LanguageStats(code)
    out: list[Message] = []
    order = list(sources)
    confirmed_any = lock is not None and bool(lock.languages.get(code))
    for key, source in sources.items():
        if not source.optional:
            stats.keys += 1
        if key not in texts:
            if not source.optional:
                line, after = _insert_point(order, key, texts)
                out.append(
                    Message(
                        "error",
                        file,
                        line,
                        key,
                        "missing",
                        f"Add the translation of the Dutch text {after}."
                        if after
                        else "Add the translation of the Dutch text.",
                        source.text,
                    )
                )
            continue
        text = texts[key]
        problem = _value_problem(text.value)
        if problem:
            out.append(Message("error", file, text.line, key, problem[0], problem[1], source.text))
            continue
        if not source.optional:
            stats.translated += 1
        value = str(text.value)
        compared = _compare(code, file, text, value, source, lock)
        out += compared
        same = any(m.text.startswith(SAME_TEXT) for m in compared)
        if lock is not None and lock.exists and confirmed_any and not same:
            message = _outdated(code, file, text, source, lock)
            if message:
                stats.outdated += 1
                out.append(message)
    if lock is not None and lock.exists and not confirmed_any and stats.translated:
        stats.outdated = stats.translated
        out.append(
            Message(
                "warning",
                file,
                1,
                "",
                f"no translation of '{code}' has been confirmed yet, so changes to the Dutch "
                "texts cannot be followed",
                f"When the translation has been reviewed, run: hulpwijzer confirm {code}",
            )
        )
    for key, text in texts.items():
        if key in sources:
            continue
        missing = [k for k in order if k not in texts]
        close = difflib.get_close_matches(key, missing, n=1)
        if close:
            hint = f"Is this '{close[0]}'? Correct the spelling of the key."
        else:
            hint = "Delete it; only keys of the Dutch file are printed."
        out.append(Message("warning", file, text.line, key, "not in the Dutch file", hint))
    return out, stats


def _compare(
    code: str, file: str, text: Text, value: str, source: Source, lock: Lock | None
) -> list[Message]:
    out = []
    dutch = source.text
    key = text.key

    def add(level: str, what: str, hint: str) -> None:
        out.append(Message(level, file, text.line, key, what, hint, dutch))

    if " ".join(value.split()) == " ".join(dutch.split()) and any(ch.isalpha() for ch in value):
        entry = lock.entry(code, key) if lock is not None else None
        if not (entry and entry.same and entry.hash == text_hash(dutch)):
            add(
                "warning",
                SAME_TEXT + ": probably not translated",
                f"Translate it. If it must stay the same (a name, 'WhatsApp'), confirm that "
                f"with: hulpwijzer confirm {code} {key}",
            )
    ours, theirs = set(PLACEHOLDER.findall(value)), set(PLACEHOLDER.findall(dutch))
    if ours != theirs:
        parts = []
        if theirs - ours:
            parts.append("missing " + ", ".join("{" + p + "}" for p in sorted(theirs - ours)))
        if ours - theirs:
            parts.append(
                "not in the Dutch text " + ", ".join("{" + p + "}" for p in sorted(ours - theirs))
            )
        add(
            "error",
            "placeholders differ from the Dutch text: " + "; ".join(parts),
            "Copy the placeholders in braces exactly as in the Dutch text; do not translate "
            "the word inside the braces.",
        )
    elif "{" in PLACEHOLDER.sub("", value) or "}" in PLACEHOLDER.sub("", value):
        add(
            "error",
            "has a brace { or } without its partner",
            "Copy the placeholders in braces exactly as in the Dutch text.",
        )
    mine, origin = _tokens(value), _tokens(dutch)
    lost = [w for ident, w in origin.items.items() if ident not in mine.items]
    added = [w for ident, w in mine.items.items() if ident not in origin.items]
    if lost or added:
        parts = []
        if lost:
            parts.append("missing " + ", ".join(lost))
        if added:
            parts.append("not in the Dutch text " + ", ".join(added))
        add(
            "error",
            "numbers or addresses differ from the Dutch text: " + "; ".join(parts),
            "Copy phone numbers, other numbers, web and e-mail addresses exactly from the Dutch "
            "text; translate only the words around them.",
        )
    else:
        out += _phone_format(file, text, mine, dutch)
    out += _style_messages(file, text, value, source)
    ours_mark, dutch_mark = _end_mark(value, code), _end_mark(dutch, "nl")
    if ours_mark != dutch_mark:
        add(
            "warning",
            f"ends with {MARK_NAMES[ours_mark]}, the Dutch text with {MARK_NAMES[dutch_mark]}",
            "End it like the Dutch text: a question stays a question, a title gets no full stop.",
        )
    return out


# what a translation may never change, whoever writes it (an XLIFF import refuses these)
CONSISTENCY = ("placeholders differ", "has a brace", "numbers or addresses differ")


def consistency_errors(code: str, key: str, value: str, dutch: str) -> list[Message]:
    """The errors of the checks above about placeholders, numbers, web and e-mail addresses:
    ``value`` as a translation of ``dutch`` would print a different number or address, or lose
    a placeholder. Used by importers (``hulpwijzer import-xliff``) to refuse such a text."""
    found = _compare(code, "", Text(key, value, 0), value, Source(key, dutch, 0), None)
    return [m for m in found if m.level == "error" and m.text.startswith(CONSISTENCY)]


def _outdated(code: str, file: str, text: Text, source: Source, lock: Lock) -> Message | None:
    entry = lock.entry(code, text.key)
    confirm = f"hulpwijzer confirm {code} {text.key}"
    if entry is None:
        return Message(
            "warning",
            file,
            text.line,
            text.key,
            "not confirmed yet: it is not recorded which Dutch text this was translated from",
            f"Check it against the Dutch text, then run: {confirm}",
            source.text,
        )
    if entry.hash == text_hash(source.text):
        return None
    old = lock.sources.get(entry.hash)
    was = f' (it was translated from: "{shorten(old)}")' if old else ""
    return Message(
        "warning",
        file,
        text.line,
        text.key,
        f"outdated: the Dutch text has changed since this was translated{was}",
        f"Compare it with the new Dutch text, update the translation if needed, then run: "
        f"{confirm}",
        source.text,
    )


# --- ordering and counting -----------------------------------------------------------------------


def _file_order(guide: Guide) -> dict[str, int]:
    files = [CONTENT_GUIDE, CONTENT_CONTACTS]
    files += [_rel(guide, guide.translations[code]) for code in guide.languages]
    files.append(LOCK_FILE)
    return {f: i for i, f in enumerate(files)}


def _sorted(guide: Guide, messages: list[Message]) -> list[Message]:
    order = _file_order(guide)
    return sorted(messages, key=lambda m: (order.get(m.file, len(order)), m.file, m.line))


def _count(guide: Guide, report: Report, stats: dict[str, LanguageStats]) -> None:
    by_file = {_rel(guide, guide.translations[code]): code for code in guide.languages}
    source_code = guide.settings.source_language
    src = LanguageStats(source_code, is_source=True)
    required = _required_keys(guide)
    src.keys = len(required)
    src.translated = sum(
        1
        for k in required
        if k in guide.source.texts and not _value_problem(guide.source.texts[k].value)
    )
    report.languages = {source_code: src}
    report.languages.update(stats)
    for m in report.messages:
        code = by_file.get(m.file)
        target = report.languages[code] if code else report.content
        if m.level == "error":
            target.errors += 1
        else:
            target.warnings += 1


# --- output --------------------------------------------------------------------------------------


def format_report(report: Report, strict: bool = False) -> str:
    """The report for people: messages grouped per file, then a summary table per language."""
    if strict:
        report = report.strict()
    lines: list[str] = []
    current = None
    for m in report.messages:
        if m.file != current:
            if current is not None:
                lines.append("")
            lines.append(m.file)
            current = m.file
        body = m.format().replace("\n", "\n  ")
        lines.append(f"  {m.level}: {body}")
    if report.messages:
        lines.append("")
    hard = [r for r in report.readability if r.score < HARD_SCORE][:5]
    if hard:
        lines.append("Hardest Dutch texts (Flesch-Douma score; under 60 is hard to read):")
        for r in hard:
            lines.append(f"  {r.score:5.0f}  {r.file}:{r.line}  {r.key}")
        lines.append("")
    lines.append("Summary")
    lines.append(f"  {'language':24} {'complete':>8} {'outdated':>8} {'errors':>6} {'warnings':>8}")
    for s in report.languages.values():
        name = f"{s.language} {languages.english_name(s.language)}" + (
            " (source)" if s.is_source else ""
        )
        complete = f"{s.complete:g}%"
        outdated = "-" if s.is_source else str(s.outdated)
        lines.append(f"  {name:24} {complete:>8} {outdated:>8} {s.errors:>6} {s.warnings:>8}")
    c = report.content
    lines.append(f"  {'content + lock file':24} {'-':>8} {'-':>8} {c.errors:>6} {c.warnings:>8}")
    for item in report.not_checked:
        lines.append(f"\nNot checked: {item}.")
    errors, warnings = len(report.errors), len(report.warnings)
    lines.append("")
    if errors:
        lines.append(
            f"Not ready: {errors} error{'s' if errors != 1 else ''}"
            + (f" and {warnings} warning{'s' if warnings != 1 else ''}" if warnings else "")
            + (" (--strict: warnings count as errors)." if strict else ".")
            + " Correct the errors and run 'hulpwijzer check' again."
        )
    elif warnings:
        lines.append(
            f"No errors; {warnings} warning{'s' if warnings != 1 else ''} to look at. "
            "Before a print run, check with --strict."
        )
    else:
        lines.append("All checks passed.")
    return "\n".join(lines)
