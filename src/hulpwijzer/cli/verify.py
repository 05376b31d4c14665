"""``hulpwijzer verify``: prove that the files in build/ (or copies of them) are the ones that
were built, by their SHA-256 in the manifest."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import print_messages


def add_commands(commands) -> None:
    """Add ``verify`` to the subparsers ``commands``."""
    verify = commands.add_parser(
        "verify",
        help="prove that the files in build/ are the ones that were built (SHA-256)",
        description="Compare every file in the build folder with its manifest.json (SHA-256 "
        "and size). Name FILEs (e.g. the copy sent to the print shop) to find out which built "
        "file each one is. Exit status 0: everything matches; 1: a file differs or is missing.",
    )
    verify.add_argument("--out", type=Path, default=None, help="build folder (default: build/)")
    verify.add_argument(
        "files", nargs="*", type=Path, metavar="FILE", help="a copy of a built file to identify"
    )
    verify.set_defaults(run=_verify)


def _verify(args) -> int:
    from ..publish.verify import verify_build

    out = args.out or args.root / "build"
    result = verify_build(out)
    print_messages(result.messages)
    for entry in result.matching:
        print(f"  ok  {entry.path}  sha256 {entry.sha256[:16]}…")
    found = _identify(args.files, result)
    if not result.ok or not found:
        print(f"\nNot verified: see the errors above ({out}/).", file=sys.stderr)
        return 1
    print(
        f"\nAll {len(result.matching)} files in {out}/ match its manifest"
        + (f" (edition {result.edition})." if result.edition else ".")
    )
    return 0


def _identify(paths: list[Path], result) -> bool:
    """Say which built file each of ``paths`` is; False when one of them is none."""
    from ..publish.verify import identify

    found = True
    for path in paths:
        entry = identify(path, result) if path.is_file() else None
        if entry is None:
            found = False
            what = "is not a file" if not path.is_file() else "matches no file of this build"
            print(f"error: {path}  {what}", file=sys.stderr)
        else:
            print(f"{path}: is {entry.path} of this build (edition {result.edition or '?'})")
    return found
