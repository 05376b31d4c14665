"""The ``hulpwijzer`` command: a thin layer over load → (check) → build, and the translators'
commands beside it.

:func:`main` sets up the parser from the command groups (each module's ``add_commands``), runs
the command and is the last line of defence: whatever goes wrong ends in a message and an exit
status, never in a traceback. Exit status 0: done; 1: a problem in the input (or a check that
failed); 2: a wrong command line; 3: a fault in the program; 130: stopped with Ctrl-C.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import __version__
from . import build, check, contact, preflight, translators, verify

# the groups of commands, in the order ``hulpwijzer --help`` lists them
COMMAND_GROUPS = (build, check, verify, preflight, contact, translators)


def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (default: the program's); return the exit status."""
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
    for group in COMMAND_GROUPS:
        group.add_commands(commands)

    args = parser.parse_args(argv)
    _tolerant_output()
    try:
        return args.run(args)
    except BrokenPipeError:  # "hulpwijzer status ar | head": the reader has all it wanted
        _quiet_stdout()
        return 0
    except KeyboardInterrupt:
        print("\nStopped. The previous build/ folder is unchanged.", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: a message, never a traceback
        from ..model import HulpwijzerError

        if isinstance(exc, HulpwijzerError):  # e.g. a guide that cannot be laid out
            print(f"error: {exc}\nThe previous build/ folder is unchanged.", file=sys.stderr)
            return 1
        return _unexpected(exc)


def _quiet_stdout() -> None:
    """After a broken pipe: send what is still to be flushed nowhere, so that Python does not
    report the pipe again when it exits."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _tolerant_output() -> None:
    """Messages quote Arabic, emoji, arrows: a console or file in another encoding (a Windows
    code page, PYTHONIOENCODING=ascii) shows them as \\u escapes instead of failing."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError):
            pass


def _unexpected(exc: Exception) -> int:
    """A fault in the program: say so kindly, and how to get the details for the maintainers."""
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
