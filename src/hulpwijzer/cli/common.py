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


class SafeStream:
    """What the commands print goes through here (it stands in for ``sys.stdout`` and
    ``sys.stderr`` while a command runs): control characters from the user's files are shown as
    codes (:func:`hulpwijzer.terminal.printable`), so that a text cannot clear the screen or fake a
    result; and a reader that went away (``hulpwijzer build | head -1``) only ends the printing,
    never the command: the build goes on and its exit status is its own."""

    def __init__(self, stream):
        self._stream = stream
        self.closed_by_reader = False

    def write(self, text: str) -> int:
        from ..terminal import printable

        if not self.closed_by_reader:
            try:
                self._stream.write(printable(text))
            except BrokenPipeError:
                self._reader_gone()
        return len(text)

    def flush(self) -> None:
        if not self.closed_by_reader:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._reader_gone()

    def _reader_gone(self) -> None:
        """Print nothing more, also not when Python flushes the stream at exit."""
        import os

        self.closed_by_reader = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
        except (OSError, AttributeError, ValueError):
            pass

    def __getattr__(self, name):  # encoding, isatty, fileno, reconfigure …
        return getattr(self._stream, name)
