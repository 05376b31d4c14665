"""The ``hulpwijzer`` command: a thin layer over load → (check) → build, and the translators'
commands beside it.

:func:`main` sets up the parser from the command groups (each module's ``add_commands``), runs
the command and is the last line of defence: whatever goes wrong ends in a message and an exit
status, never in a traceback. Exit status 0: done; 1: a problem in the input (or a check that
failed, or a problem of the disk or folders: full, read-only, not allowed); 2: a wrong command
line; 3: a fault in the program, only; 130: stopped with Ctrl-C; 143: stopped with ``kill``.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from .. import __version__
from . import build, check, contact, preflight, translators, verify
from .common import SafeStream, print_messages

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
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(sys.stdout), SafeStream(sys.stderr)
    stopped = _stop_on_sigterm()
    try:
        return args.run(args)
    except BrokenPipeError:  # "hulpwijzer status ar | head": the reader has all it wanted
        _quiet_stdout()
        return 0
    except KeyboardInterrupt:
        print("\nStopped. The previous build/ folder is unchanged.", file=sys.stderr)
        return 143 if stopped() else 130
    except Exception as exc:  # the last line of defence: a message, never a traceback
        from ..model import HulpwijzerError, InputError

        if isinstance(exc, InputError):  # e.g. a build folder that is not a build
            print_messages(exc.messages)
            print("The previous build/ folder is unchanged.", file=sys.stderr)
            return 1
        if isinstance(exc, HulpwijzerError):  # e.g. a guide that cannot be laid out
            print(f"error: {exc}\nThe previous build/ folder is unchanged.", file=sys.stderr)
            return 1
        if isinstance(exc, OSError):  # the disk, the folders, the permissions: not a fault
            print(f"error: {environment_problem(exc)}", file=sys.stderr)
            return 1
        return _unexpected(exc)
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        sys.stdout, sys.stderr = streams


def _stop_on_sigterm():
    """A plain ``kill`` (SIGTERM) stops a command as Ctrl-C does: the working folder is
    removed, the workers are stopped, the previous build stays. Returns: was it SIGTERM?"""
    import signal
    import threading

    received = []
    if threading.current_thread() is not threading.main_thread():
        return lambda: False

    def stop(signum, frame):
        received.append(signum)
        raise KeyboardInterrupt

    with contextlib.suppress(ValueError, OSError, AttributeError):
        signal.signal(signal.SIGTERM, stop)
    return lambda: bool(received)


def environment_problem(exc: OSError) -> str:
    """What an error of the system (a full disk, a read-only folder, a link that leads to itself)
    means, in plain words, with the file or folder it concerns and what to do."""
    import errno

    where = exc.filename or ""
    what = exc.strerror or str(exc)
    hints = {
        errno.ENOSPC: "The disk is full: make room on it (or build elsewhere with --out) and "
        "run the command again.",
        errno.EDQUOT: "Your share of the disk is used up: make room and run the command again.",
        errno.EROFS: "This disk can only be read: copy the project to a disk you can write to, "
        "or write elsewhere with --out.",
        errno.EACCES: "You may not write or read here: ask whoever manages the folder, or work "
        "on a copy of the project in your own folder.",
        errno.EPERM: "You may not change this: ask whoever manages the folder, or work on a "
        "copy of the project in your own folder.",
        errno.ELOOP: "A symbolic link leads to itself: replace it with the file it should be.",
        errno.ENAMETOOLONG: "The path is too long: use a shorter folder name.",
    }
    hint = hints.get(exc.errno, "Check the file or folder named here, then run it again.")
    place = f"{where}: " if where else ""
    return f"{place}{what}.\n    → {hint}\nThe previous build/ folder is unchanged."


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
