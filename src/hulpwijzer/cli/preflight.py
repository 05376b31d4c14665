"""``hulpwijzer preflight``: check PDFs as a print shop's preflight does, before they are sent."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import print_messages


def add_commands(commands) -> None:
    """Add ``preflight`` to the subparsers ``commands``."""
    preflight = commands.add_parser(
        "preflight",
        help="check PDFs as a print shop does (default: the print files in build/)",
        description="Check PDF files as a print shop's preflight does: PDF/X-1a, page boxes "
        "and 3 mm bleed, pages a multiple of 4, fonts embedded, CMYK or gray only, no tint "
        "under 10 %%, total ink at most 300 %%, black text 100 %% K, no annotations, JavaScript "
        "or transparency, text at least 5 mm inside the trim, lines at least 0.25 pt. Without "
        "PDF: the print files of the build folder. Exit status 0: no defects; 1: a defect.",
    )
    preflight.add_argument("--out", type=Path, default=None, help="build folder (default: build/)")
    preflight.add_argument("pdfs", nargs="*", type=Path, metavar="PDF", help="a PDF to check")
    preflight.set_defaults(run=_preflight)


def _preflight(args) -> int:
    from ..publish.run import preflight_files, print_files

    out = args.out or args.root / "build"
    paths = args.pdfs or print_files(out)
    if not paths:
        print(
            f"error: no print files in {out}/.\n    → Run 'hulpwijzer build' first, or name the "
            "PDF files to check.",
            file=sys.stderr,
        )
        return 1
    results = preflight_files(paths, out)
    for result in results:
        print_messages(result.messages)
        state = "ok  " if result.ok else "FAIL"
        print(f"{state} {result.name}: {result.figures.summary()}")
    failed = [r for r in results if not r.ok]
    if failed:
        defects = sum(len(r.messages) for r in failed)
        print(
            f"\n{defects} defect(s) in {len(failed)} of {len(results)} file(s): a print shop "
            "would reject or query them.",
            file=sys.stderr,
        )
        return 1
    print(f"\nAll {len(results)} file(s) passed the preflight.")
    return 0
