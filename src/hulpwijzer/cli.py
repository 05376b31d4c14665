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
    build_cmd.set_defaults(run=_build)

    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("\nStopped. The previous build/ folder is unchanged.", file=sys.stderr)
        return 130


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number of at least 1")
    return number


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
    unknown = [code for code in args.languages or [] if code not in guide.translations]
    if unknown:
        print(
            f"error: no translations/{unknown[0]}.yaml; languages: " + ", ".join(guide.languages),
            file=sys.stderr,
        )
        return 2
    jobs = all_jobs(guide, args.languages)
    outputs = build(
        guide,
        out,
        jobs,
        progress=lambda what: print(f"  {what}", flush=True),
        processes=args.jobs,
        force=args.force,
    )
    built = sum(o.status == "built" for o in outputs)
    print(f"\nWrote {len(outputs)} files to {out}/ ({built} built, {len(outputs) - built} reused):")
    print(f"  {'file':32} {'language':8} {'pages':>5} {'size':>9}  status")
    for o in outputs:
        print(f"  {o.path:32} {o.language:8} {o.pages:>5} {o.size / 1024:>7.0f} kB  {o.status}")
    print(f"  {'manifest.json':32}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
