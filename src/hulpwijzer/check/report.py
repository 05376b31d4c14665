"""What ``hulpwijzer check`` hands back: the messages, a summary per language, readability.

:class:`Report` is plain data (``--format json`` prints :meth:`Report.to_dict`);
:func:`format_report` writes it for people, grouped per file, with a summary table.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .. import languages
from ..load.states import LOCK_FILE
from ..model import Guide, Message
from .messages import CONTENT_CONTACTS, CONTENT_GUIDE, translation_file

HARD_SCORE = 60  # Flesch-Douma below this is "fairly difficult" or harder


@dataclass
class LanguageStats:
    """One row of the summary table."""

    language: str
    is_source: bool = False
    keys: int = 0  # texts the language must have
    translated: int = 0  # of those: present and non-empty
    outdated: int = 0  # confirmed against an older Dutch text (the Dutch changed since)
    not_confirmed: int = 0  # never confirmed: not known which Dutch text it was made from
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
    """Every message of one check, sorted per file, with the figures of the summary."""

    messages: list[Message] = field(default_factory=list)
    languages: dict[str, LanguageStats] = field(default_factory=dict)
    content: LanguageStats = field(default_factory=lambda: LanguageStats("content"))
    readability: list[Readability] = field(default_factory=list)  # hardest first
    not_checked: list[str] = field(default_factory=list)
    content_checked: bool = True  # False: check --only texts (no content row in the summary)

    @property
    def errors(self) -> list[Message]:
        """The messages that block printing."""
        return [m for m in self.messages if m.level == "error"]

    @property
    def warnings(self) -> list[Message]:
        """The messages that need a person's judgement."""
        return [m for m in self.messages if m.level == "warning"]

    def ok(self, strict: bool = False) -> bool:
        """True when nothing blocks printing: no errors (and, if strict, no warnings)."""
        return not self.errors and not (strict and self.warnings)

    def exit_code(self, strict: bool = False) -> int:
        """0 when :meth:`ok`, else 1: the exit status of ``hulpwijzer check``."""
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
        return Report(
            messages, languages, content, self.readability, self.not_checked, self.content_checked
        )

    def to_dict(self) -> dict:
        """The report as plain data, for ``--format json``."""
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
                    "not_confirmed": s.not_confirmed,
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


def sort_messages(guide: Guide, messages: list[Message]) -> list[Message]:
    """``messages`` in the order a person reads the files: content, languages, lock; by line."""
    files = [CONTENT_GUIDE, CONTENT_CONTACTS]
    files += [translation_file(guide, code) for code in guide.languages]
    files.append(LOCK_FILE)
    order = {f: i for i, f in enumerate(files)}
    return sorted(messages, key=lambda m: (order.get(m.file, len(order)), m.file, m.line))


def focus(guide: Guide, report: Report, languages: list[str], only: str | None) -> Report:
    """``report`` narrowed to what one person acts on: the texts of ``languages`` (all when
    empty) and/or the contacts (``only``: "texts", "contacts" or None for both).

    Texts are the messages in the language files (and the lock file's about them); contacts
    those in content/. The summary keeps the rows of the languages asked for."""
    codes = languages or list(guide.languages)
    files: set[str] = set()
    if only != "contacts":
        files |= {translation_file(guide, code) for code in codes}
    if only != "texts":
        files |= {CONTENT_GUIDE, CONTENT_CONTACTS}

    def wanted(m: Message) -> bool:
        if m.file == LOCK_FILE:  # a damaged lock file concerns every language
            return only != "contacts"
        return m.file in files

    kept = Report(
        [m for m in report.messages if wanted(m)],
        {c: s for c, s in report.languages.items() if c in codes} if only != "contacts" else {},
        report.content,
        [r for r in report.readability if only != "contacts" and guide.source.path.stem in codes],
        list(report.not_checked),
    )
    if only == "texts":
        kept.content, kept.content_checked = LanguageStats("content"), False
        kept.not_checked.append("the contacts and content/guide.yaml (--only texts)")
    elif only == "contacts":
        kept.not_checked.append("the texts of the languages (--only contacts)")
    if languages and only != "contacts":
        others = [c for c in guide.languages if c not in codes]
        if others:
            kept.not_checked.append("the texts of " + ", ".join(others))
    return kept


def count_messages(guide: Guide, report: Report) -> None:
    """Add every message to the errors or warnings of its language (or of the content)."""
    by_file = {translation_file(guide, code): code for code in guide.languages}
    for m in report.messages:
        code = by_file.get(m.file)
        target = report.languages[code] if code else report.content
        if m.level == "error":
            target.errors += 1
        else:
            target.warnings += 1


def format_report(report: Report, strict: bool = False, again: str = "") -> str:
    """The report for people: messages grouped per file, then a summary table per language.

    ``again`` is the command to run after correcting the errors, as the user typed it (with
    its languages and options); by default 'hulpwijzer check', with --strict if ``strict``."""
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
    lines.append(
        f"  {'language':24} {'complete':>8} {'outdated':>8} {'not confirmed':>13} "
        f"{'errors':>6} {'warnings':>8}"
    )
    for s in report.languages.values():
        name = f"{s.language} {languages.english_name(s.language)}" + (
            " (source)" if s.is_source else ""
        )
        complete = f"{s.complete:g}%"
        outdated = "-" if s.is_source else str(s.outdated)
        unconfirmed = "-" if s.is_source else str(s.not_confirmed)
        lines.append(
            f"  {name:24} {complete:>8} {outdated:>8} {unconfirmed:>13} "
            f"{s.errors:>6} {s.warnings:>8}"
        )
    c = report.content
    if report.content_checked:
        lines.append(
            f"  {'content + lock file':24} {'-':>8} {'-':>8} {'-':>13} "
            f"{c.errors:>6} {c.warnings:>8}"
        )
    for item in report.not_checked:
        lines.append(f"\nNot checked: {item}.")
    lines.append("")
    lines.append(_verdict(len(report.errors), len(report.warnings), strict, again))
    return "\n".join(lines)


def _again(strict: bool) -> str:
    return "hulpwijzer check --strict" if strict else "hulpwijzer check"


def _verdict(errors: int, warnings: int, strict: bool, again: str = "") -> str:
    if errors:
        return (
            f"Not ready: {errors} error{'s' if errors != 1 else ''}"
            + (f" and {warnings} warning{'s' if warnings != 1 else ''}" if warnings else "")
            + (" (--strict: warnings count as errors)." if strict else ".")
            + f" Correct the errors and run '{again or _again(strict)}' again."
        )
    if warnings:
        return (
            f"No errors; {warnings} warning{'s' if warnings != 1 else ''} to look at. "
            "Before a print run, check with --strict."
        )
    return "All checks passed."
