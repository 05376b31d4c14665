"""``hulpwijzer check`` (every language and contact, before a print run) and ``hulpwijzer
confirm`` (record which Dutch text each translation was made from). What ``confirm`` selects
and records is decided in :mod:`hulpwijzer.translators.lock`; here only the command line."""

from __future__ import annotations

import argparse
import json
import sys

from .common import load, print_messages
from .console import say

FOCUS = ("texts", "contacts")  # what `check --only` may show: a translator's or staff's part


def add_commands(commands) -> None:
    """Add ``check`` and ``confirm`` to the subparsers ``commands``."""
    check = commands.add_parser(
        "check",
        help="check texts and contacts: every language complete, every contact valid",
        description="Check every language against the Dutch texts and every contact, before a "
        "print run. Exit status 0: no errors (warnings allowed); 1: errors.",
    )
    check.add_argument(
        "languages",
        nargs="*",
        metavar="LANGUAGE",
        help="only these languages' texts (e.g. uk); the contacts are checked as well unless "
        "--only texts",
    )
    check.add_argument(
        "--only",
        choices=FOCUS,
        default=None,
        help="only the texts (for translators) or only the contacts and guide.yaml (for staff)",
    )
    check.add_argument(
        "--strict",
        action="store_true",
        help="warnings count as errors (the final check before a print run)",
    )
    check.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    check.add_argument(
        "--no-layout",
        action="store_true",
        help="skip the layout check (does every text fit, is the guide within max_pages): "
        "faster while you edit",
    )
    check.add_argument(
        "--spelling",
        action="store_true",
        help="also check the spelling with Hunspell dictionaries (optional: "
        "pip install -e '.[spelling]'; loading them takes about 20 seconds)",
    )
    check.add_argument(
        "--today",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="judge 'verified' dates as if today were this date",
    )
    check.set_defaults(run=_check)

    confirm = commands.add_parser(
        "confirm",
        help="record that translations were reviewed against the current Dutch texts",
        description="Record in translations.lock that the translations of LANGUAGE (all its "
        "texts, or only the KEYs given) were reviewed against the current Dutch texts, so "
        "that check no longer reports them as outdated. A text that is meant to be the same "
        "as the Dutch (a name) is only confirmed when its key is named.",
    )
    confirm.add_argument("language", nargs="?", help="language code, e.g. tr")
    confirm.add_argument("keys", nargs="*", metavar="KEY", help="e.g. sections.money.intro")
    confirm.add_argument(
        "--all", action="store_true", help="every language (all keys; for a first lock file)"
    )
    confirm.set_defaults(run=_confirm)


def _date(value: str):
    """``--today``: a date written as 2026-11-24."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date like 2026-11-24") from None


def _check(args) -> int:
    answered = _answered_again(args)
    if answered is not None:
        return answered["exit"]
    from ..check.report import focus
    from ..load import load_guide
    from ..load.spelling import SpellingUnavailable
    from ..model import InputError
    from ..publish.run import check_guide

    try:
        guide = load_guide(args.root)
    except InputError as exc:
        if args.format == "json":
            print(json.dumps(_load_error_json(exc.messages), ensure_ascii=False, indent=2))
        else:
            for message in exc.messages:
                say(f"{message.level}: {message.format()}")
            print(
                f"\nThe files cannot be read: {len(exc.messages)} problem(s). "
                "Nothing else was checked."
            )
        return 1
    unknown = [code for code in args.languages if code not in guide.translations]
    if unknown:
        print(
            f"error: no translations/{unknown[0]}.yaml; languages: " + ", ".join(guide.languages),
            file=sys.stderr,
        )
        return 2
    layout = not args.no_layout and args.only != "contacts"
    if args.spelling and args.format == "text":
        print("Loading the spelling dictionaries (2–10 seconds per language)…", file=sys.stderr)
    try:
        report = check_guide(guide, args.today, layout, args.languages or None, args.spelling)
    except SpellingUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except InputError as exc:  # a damaged content/words.yaml or dictionary
        for message in exc.messages:
            say(f"{message.level}: {message.format()}")
        return 1
    report = focus(guide, report, args.languages, args.only)
    text = report_text(report, args.strict, args.format, _again(args))
    if args.format == "json":
        print(text)
    else:
        say(text)
        if args.no_layout:
            print("(--no-layout: run the check without it before a print run.)")
    return report.exit_code(args.strict)


def report_text(report, strict: bool, output_format: str, again: str) -> str:
    """What ``check`` prints of ``report``: for people (``text``) or as JSON."""
    from ..check import format_report

    if output_format == "json":
        data = (report.strict() if strict else report).to_dict()
        data["strict"] = strict
        return json.dumps(data, ensure_ascii=False, indent=2)
    return format_report(report, strict=strict, again=again)


def check_answers(guide, report, inputs: str) -> dict[str, dict]:
    """What ``check`` prints of ``report`` (laid out, every language), with and without
    ``--strict``, as text and as JSON, keyed on the build's ``inputs`` digest, for the build
    to record
    (:mod:`hulpwijzer.publish.unchanged`)."""
    from ..check.report import focus
    from ..publish.unchanged import answer_key

    report = focus(guide, report, [], None)
    answers = {}
    for strict in (False, True):
        for output_format in ("text", "json"):
            line = _command_line(strict, output_format)
            answers[line] = {
                "key": answer_key(line, inputs),
                "stdout": report_text(report, strict, output_format, _again(_everything(strict))),
                "exit": report.exit_code(strict),
                "plain": output_format == "json",
            }
    return answers


def _everything(strict: bool) -> argparse.Namespace:
    """The arguments of ``check`` of every language and contact."""
    return argparse.Namespace(languages=[], only=None, strict=strict, spelling=False)


def _command_line(strict: bool, output_format: str) -> str:
    """``check`` as the recorded answers name it."""
    return "check" + (" --strict" if strict else "") + f" --format {output_format}"


def _answered_again(args) -> dict | None:
    """The answer the last build recorded for this check, printed, if nothing changed since
    (only for the check of everything, laid out, as of today); None otherwise."""
    if args.languages or args.only or args.no_layout or args.spelling or args.today:
        return None
    from ..publish.unchanged import answer_key, inputs_digest, recorded_answer

    line = _command_line(args.strict, args.format)
    key = answer_key(line, inputs_digest(args.root))
    answer = recorded_answer(args.root / "build", line, key, whole=False)
    if answer is None or not isinstance(answer.get("exit"), int):
        return None
    if answer.get("plain"):
        print(answer["stdout"])
    else:
        say(answer["stdout"])
    return answer


def _again(args) -> str:
    """The check as it was asked for, to run again after corrections."""
    words = ["hulpwijzer", "check", *args.languages]
    words += [f"--only {args.only}"] if args.only else []
    words += ["--strict"] if args.strict else []
    words += ["--spelling"] if args.spelling else []
    return " ".join(words)


def _load_error_json(messages) -> dict:
    """``check --format json`` when the files cannot be read: the same shape as a report."""
    return {
        "ok": False,
        "errors": len(messages),
        "warnings": 0,
        "messages": [m.as_dict() for m in messages],
        "languages": [],
        "not_checked": ["everything after reading the files"],
    }


def _confirm(args) -> int:
    from ..load.states import read_lock
    from ..model import InputError
    from ..translators.lock import confirm, languages_to_confirm, write_lock

    guide = load(args)
    if guide is None:
        return 1
    codes, refusal = languages_to_confirm(guide, args.language, args.all, args.keys)
    if refusal:
        print(f"error: {refusal}", file=sys.stderr)
        return 2
    try:
        lock = read_lock(guide.root)
    except InputError as exc:
        print_messages(exc.messages)
        return 1
    results = [confirm(guide, lock, code, args.keys or None) for code in codes]
    problems = [f"{r.language}: {p}" for r in results for p in r.problems]
    if problems:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        print("Nothing was recorded.", file=sys.stderr)
        return 1
    write_lock(lock)
    for r in results:
        print(r.report(named=bool(args.keys)))
    return 0
