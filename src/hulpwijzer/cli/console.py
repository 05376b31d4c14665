"""What the commands print, readable on a terminal and stable everywhere else.

On a terminal (and unless ``NO_COLOR`` is set, see https://no-color.org) errors are red,
warnings yellow and the hints after ``→`` cyan, drawn by rich; piped into a file, ``head`` or
a test, the very same text is printed plainly, character for character. A build on a terminal
shows a progress bar instead of a line per file.
"""

from __future__ import annotations

import os
import re
import sys
from contextlib import contextmanager
from typing import TextIO

_LABEL = re.compile(r"^(\s*)(error|warning)(:)")
_STYLES = {"error": "bold red", "warning": "yellow"}
_VERDICTS = (("Not ready", "bold red"), ("All checks passed", "bold green"))


def is_terminal(stream: TextIO) -> bool:
    """Whether ``stream`` is a person's terminal (not a file, a pipe or a test's capture)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _console(stream: TextIO):
    from rich.console import Console

    return Console(
        file=stream,
        force_terminal=True,  # only called once is_terminal said so
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=True,
        no_color="NO_COLOR" in os.environ,
    )


def say(text: str = "", err: bool = False) -> None:
    """Print ``text`` (on stderr when ``err``): coloured on a terminal, plain otherwise."""
    stream = sys.stderr if err else sys.stdout
    if not is_terminal(stream):
        print(text, file=stream, flush=err)
        return
    from rich.text import Text

    console = _console(stream)
    for line in text.split("\n"):
        styled = Text(line)
        label = _LABEL.match(line)
        if label:
            styled.stylize(_STYLES[label.group(2)], label.start(2), label.end(3))
        arrow = line.find("→ ")
        if arrow >= 0:
            styled.stylize("cyan", arrow)
        for start, style in _VERDICTS:
            if line.startswith(start):
                styled.stylize(style, 0, len(start))
        console.print(styled)


@contextmanager
def progress(total: int, what: str):
    """A function to call once per finished file: a progress bar on a terminal (it goes away
    at the end), a line per file elsewhere."""
    if not is_terminal(sys.stdout) or total < 1:
        yield lambda line: print(f"  {line}", flush=True)
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[last]}"),
    )
    with Progress(*columns, console=_console(sys.stdout), transient=True) as bar:
        task = bar.add_task(what, total=total, last="")

        def advance(line: str) -> None:
            bar.update(task, advance=1, last=line.split()[1] if " " in line else line)

        yield advance


def table(rows: list[tuple], align: str) -> list[str]:
    """``rows`` (the first is the heading) as lines of aligned columns; ``align`` holds one
    "<" or ">" per column."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells if i < len(row)) for i in range(len(align))]
    lines = []
    for row in cells:
        parts = [f"{c:{a}{w}}" for c, a, w in zip(row, align, widths, strict=False)]
        lines.append("  " + "  ".join(parts).rstrip())
    return lines
