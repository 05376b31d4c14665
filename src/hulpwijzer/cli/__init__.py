"""The ``hulpwijzer`` command: a thin layer over load → (check) → build."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import __version__
from .common import load as _load
from .common import print_messages as _print_messages


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
    build_cmd.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        default=None,
        metavar="N",
        help="render in N processes (default: one per core; 1: no worker processes)",
    )
    build_cmd.add_argument(
        "--force", action="store_true", help="render every file, even those that are up to date"
    )
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
        "--no-layout",
        action="store_true",
        help="skip the layout check (does every text fit, is the guide within max_pages): "
        "faster while you edit",
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

    verify_cmd = commands.add_parser(
        "verify",
        help="prove that the files in build/ are the ones that were built (SHA-256)",
        description="Compare every file in the build folder with its manifest.json (SHA-256 "
        "and size). Name FILEs (e.g. the copy sent to the print shop) to find out which built "
        "file each one is. Exit status 0: everything matches; 1: a file differs or is missing.",
    )
    verify_cmd.add_argument("--out", type=Path, default=None, help="build folder (default: build/)")
    verify_cmd.add_argument(
        "files", nargs="*", type=Path, metavar="FILE", help="a copy of a built file to identify"
    )
    verify_cmd.set_defaults(run=_verify)

    from .translators import add_commands

    add_commands(commands)  # the translators' commands, see translators.py

    args = parser.parse_args(argv)
    _tolerant_output()
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("\nStopped. The previous build/ folder is unchanged.", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: a message, never a traceback
        from ..model import HulpwijzerError

        if isinstance(exc, HulpwijzerError):  # e.g. a guide that cannot be laid out
            print(f"error: {exc}\nThe previous build/ folder is unchanged.", file=sys.stderr)
            return 1
        return _unexpected(exc)


def _tolerant_output() -> None:
    """Messages quote Arabic, emoji, arrows: a console or file in another encoding (a Windows
    code page, PYTHONIOENCODING=ascii) shows them as \\u escapes instead of failing."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError):
            pass


def _unexpected(exc: Exception) -> int:
    import os
    import traceback

    if os.environ.get("HULPWIJZER_DEBUG"):
        traceback.print_exc()
    detail = next(iter(str(exc).splitlines()), "")[:200]
    print(
        f"error: hulpwijzer stopped on an unexpected problem ({type(exc).__name__}"
        + (f": {detail}" if detail else "")
        + ").\nThe previous build/ folder is unchanged.\n"
        "This is a fault in the program, not in your files. Please report it to the "
        "maintainers with the command you ran; run it again with HULPWIJZER_DEBUG=1 to see the "
        "details for them.",
        file=sys.stderr,
    )
    return 3


def _verify(args) -> int:
    from ..publish.verify import identify, verify_build

    out = args.out or args.root / "build"
    result = verify_build(out)
    _print_messages(result.messages)
    for entry in result.matching:
        print(f"  ok  {entry.path}  sha256 {entry.sha256[:16]}…")
    found = True
    for path in args.files:
        entry = identify(path, result) if path.is_file() else None
        if entry is None:
            found = False
            what = "is not a file" if not path.is_file() else "matches no file of this build"
            print(f"error: {path}  {what}", file=sys.stderr)
        else:
            print(f"{path}: is {entry.path} of this build (edition {result.edition or '?'})")
    if not result.ok or not found:
        print(f"\nNot verified: see the errors above ({out}/).", file=sys.stderr)
        return 1
    print(
        f"\nAll {len(result.matching)} files in {out}/ match its manifest"
        + (f" (edition {result.edition})." if result.edition else ".")
    )
    return 0


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number of at least 1")
    return number


def _build(args) -> int:
    from ..check import format_report
    from ..publish.plan import plan_build
    from ..publish.run import build_guides

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

    plan = plan_build(guide, args.languages, args.drafts)
    for line in plan.skipped:  # incomplete languages are not built for print
        print(f"skipped: {line}")

    def progress(what):
        print(f"  {what}", flush=True)

    result = build_guides(guide, out, plan, args.jobs, args.force, progress)
    _print_drafts(result.drafts)
    if result.nothing_to_build:
        if not (result.drafts and result.drafts.languages):
            print("Nothing was built: no language has every text.", file=sys.stderr)
        return result.exit_code
    if result.blocking:
        print(format_report(result.report), file=sys.stderr)
        print(
            f"\nNo guides were built: {len(result.blocking)} error(s). {out}/ is unchanged.",
            file=sys.stderr,
        )
        return result.exit_code
    if result.refused:
        _print_messages(result.refused)
        print(f"\nThe guides were not saved. {out}/ is unchanged.", file=sys.stderr)
        return result.exit_code
    _print_messages(result.layout_messages)
    outputs = result.outputs
    built = sum(o.status == "built" for o in outputs)
    print(f"\nWrote {len(outputs)} files to {out}/ ({built} built, {len(outputs) - built} reused):")
    print(f"  {'file':32} {'language':8} {'pages':>5} {'size':>9}  status")
    for o in outputs:
        print(f"  {o.path:32} {o.language:8} {o.pages:>5} {o.size / 1024:>7.0f} kB  {o.status}")
    print(f"  {'manifest.json':32}")
    if result.report.warnings:
        print(
            f"\n{len(result.report.warnings)} warning(s): see 'hulpwijzer check'. "
            "Before a print run: 'hulpwijzer check --strict'."
        )
    return result.exit_code


def _print_drafts(drafts) -> None:
    """Where the drafts for review went, or why they could not be built."""
    if drafts is None:
        return
    _print_messages(drafts.problems)
    if drafts.languages:
        print(
            f"For review only (marked DRAFT): screen PDFs of {', '.join(drafts.languages)} in "
            f"{drafts.folder}/.",
            file=sys.stderr,
        )


def _date(value: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date like 2026-11-24") from None


def _check(args) -> int:
    import json

    from ..check import format_report
    from ..load import load_guide
    from ..model import InputError
    from ..publish.run import check_guide

    try:
        guide = load_guide(args.root)
    except InputError as exc:
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
    report = check_guide(guide, today=args.today, layout=not args.no_layout)
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
        "messages": [m.as_dict() for m in messages],
        "languages": [],
        "not_checked": ["everything after reading the files"],
    }


def _confirm(args) -> int:
    from ..load.states import read_lock
    from ..model import InputError
    from ..translators.lock import confirm, write_lock

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
    except InputError as exc:
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
