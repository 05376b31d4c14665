"""The ``hulpwijzer`` command: a thin layer over load → (check) → build."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="hulpwijzer",
        description="Print-ready, multilingual help guides from YAML.",
    )
    parser.add_argument("--version", action="version", version=f"hulpwijzer {__version__}")
    parser.add_argument(
        "--root",
        type=Path,
        default=Path("."),
        help="folder with content/ and translations/ (default: here)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build_cmd = commands.add_parser("build", help="write the PDF guides into build/")
    build_cmd.add_argument("--out", type=Path, default=None, help="output folder (default: build/)")
    build_cmd.add_argument(
        "--language",
        "-l",
        action="append",
        dest="languages",
        help="only this language (may be repeated)",
    )
    build_cmd.add_argument(
        "--draft",
        action="append",
        dest="drafts",
        metavar="LANGUAGE",
        help="also build this language as a marked draft, even if texts are missing "
        "(screen PDF only; may be repeated; without --language: only the drafts)",
    )
    build_cmd.set_defaults(run=_build)

    check_cmd = commands.add_parser(
        "check",
        help="check texts and contacts: every language complete, every contact valid",
        description="Check every language against the Dutch texts and every contact, before a "
        "print run. Exit status 0: no errors (warnings allowed); 1: errors.",
    )
    check_cmd.add_argument(
        "--strict",
        action="store_true",
        help="warnings count as errors (the final check before a print run)",
    )
    check_cmd.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    check_cmd.add_argument(
        "--today",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="judge 'verified' dates as if today were this date",
    )
    check_cmd.set_defaults(run=_check)

    confirm_cmd = commands.add_parser(
        "confirm",
        help="record that translations were reviewed against the current Dutch texts",
        description="Record in translations.lock that the translations of LANGUAGE (all its "
        "texts, or only the KEYs given) were reviewed against the current Dutch texts, so "
        "that check no longer reports them as outdated. A text that is meant to be the same "
        "as the Dutch (a name) is only confirmed when its key is named.",
    )
    confirm_cmd.add_argument("language", nargs="?", help="language code, e.g. tr")
    confirm_cmd.add_argument("keys", nargs="*", metavar="KEY", help="e.g. sections.money.intro")
    confirm_cmd.add_argument(
        "--all", action="store_true", help="every language (all keys; for a first lock file)"
    )
    confirm_cmd.set_defaults(run=_confirm)

    from .cli_translators import add_commands

    add_commands(commands)  # the translators' commands, see cli_translators.py

    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("\nStopped. The previous build/ folder is unchanged.", file=sys.stderr)
        return 130


def _load(args):
    from .load import LoadError, load_guide

    try:
        return load_guide(args.root)
    except LoadError as exc:
        _print_messages(exc.messages)
        print(f"\nNothing was built: {len(exc.messages)} problem(s) in the input.", file=sys.stderr)
        return None


def _print_messages(messages) -> None:
    for message in messages:
        print(f"{message.level}: {message.format()}", file=sys.stderr)


def _build(args) -> int:
    from .build import all_jobs, build

    guide = _load(args)
    if guide is None:
        return 1
    out = args.out or args.root / "build"
    asked = (args.languages or []) + (args.drafts or [])
    unknown = [code for code in asked if code not in guide.translations]
    if unknown:
        print(
            f"error: no translations/{unknown[0]}.yaml; languages: " + ", ".join(guide.languages),
            file=sys.stderr,
        )
        return 2
    from .translators import plan_build

    plan = plan_build(guide, args.languages, args.drafts)
    for line in plan.skipped:  # incomplete languages are not built for print
        print(f"skipped: {line}")
    if not plan.languages and not plan.drafts:
        print("Nothing was built: no language has every text.", file=sys.stderr)
        return 1
    jobs = all_jobs(guide, plan.languages) if plan.languages else []
    jobs += [(code, "screen") for code in plan.drafts]
    outputs = build(
        guide,
        out,
        jobs,
        progress=lambda what: print(f"  building {what} …", flush=True),
        drafts=frozenset(plan.drafts),
    )
    print(f"\nWrote {len(outputs)} files to {out}/:")
    print(f"  {'file':32} {'language':8} {'pages':>5} {'size':>9}")
    for o in outputs:
        print(f"  {o.path:32} {o.language:8} {o.pages:>5} {o.size / 1024:>7.0f} kB")
    print(f"  {'manifest.json':32}")
    return 0


def _date(value: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date like 2026-11-24") from None


def _check(args) -> int:
    import json

    from .load import LoadError, load_guide
    from .validate import format_report, validate

    try:
        guide = load_guide(args.root)
    except LoadError as exc:
        if args.format == "json":
            print(json.dumps(_load_error_json(exc.messages), ensure_ascii=False, indent=2))
        else:
            for message in exc.messages:
                print(f"{message.level}: {message.format()}")
            print(
                f"\nThe files cannot be read: {len(exc.messages)} problem(s). "
                "Nothing else was checked."
            )
        return 1
    report = validate(guide, today=args.today)
    if args.format == "json":
        data = (report.strict() if args.strict else report).to_dict()
        data["strict"] = args.strict
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(format_report(report, strict=args.strict))
    return report.exit_code(args.strict)


def _load_error_json(messages) -> dict:
    return {
        "ok": False,
        "errors": len(messages),
        "warnings": 0,
        "messages": [
            {
                "level": m.level,
                "file": m.file,
                "line": m.line,
                "column": m.column,
                "key": m.key,
                "text": m.text,
                "hint": m.hint,
                "source_text": m.source_text,
            }
            for m in messages
        ],
        "languages": [],
        "not_checked": ["everything after reading the files"],
    }


def _confirm(args) -> int:
    from .i18nlock import LockError, confirm, read_lock, write_lock

    guide = _load(args)
    if guide is None:
        return 1
    source = guide.settings.source_language
    if args.all == bool(args.language):
        print("error: name one language (hulpwijzer confirm tr), or use --all", file=sys.stderr)
        return 2
    if args.all and args.keys:
        print("error: with --all, name no keys", file=sys.stderr)
        return 2
    codes = [c for c in guide.languages if c != source] if args.all else [args.language]
    for code in codes:
        if code == source:
            print(
                f"error: {source} is the source language; there is nothing to confirm",
                file=sys.stderr,
            )
            return 2
        if code not in guide.translations:
            others = ", ".join(c for c in guide.languages if c != source)
            print(f"error: no translations/{code}.yaml; languages: {others}", file=sys.stderr)
            return 2
    try:
        lock = read_lock(guide.root)
    except LockError as exc:
        _print_messages(exc.messages)
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
        changed = f" ({len(r.changed)} new or changed)" if r.changed else ""
        print(f"{r.language}: confirmed {len(r.confirmed)} text(s){changed} in translations.lock.")
        if args.keys or len(r.changed) <= 10:
            for key in r.changed:
                print(f"  {key}")
        if r.same:
            print(
                f"  Not confirmed: {len(r.same)} text(s) the same as the Dutch. If they are meant "
                "to stay the same, name them:\n"
                f"  hulpwijzer confirm {r.language} " + " ".join(r.same)
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
