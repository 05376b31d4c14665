"""What every command shares: loading the guide, and printing messages."""

from __future__ import annotations

import sys


def load(args):
    """The guide in ``args.root``, or None after printing why it cannot be read."""
    from ..load import load_guide
    from ..model import InputError

    try:
        return load_guide(args.root)
    except InputError as exc:
        print_messages(exc.messages)
        print(f"\nNothing was built: {len(exc.messages)} problem(s) in the input.", file=sys.stderr)
        return None


def print_messages(messages) -> None:
    """Every message on stderr, one per line: level, file, line, key, text and what to do."""
    from .console import say

    for message in messages:
        say(f"{message.level}: {message.format()}", err=True)
