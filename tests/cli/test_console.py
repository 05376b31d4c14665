"""What the commands print: colour only on a terminal and without NO_COLOR, plain text
otherwise; a broken pipe ends quietly."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from hulpwijzer.cli import console

from ..project import REPO


@pytest.fixture
def terminal(monkeypatch):
    monkeypatch.setattr(console, "is_terminal", lambda stream: True)
    monkeypatch.delenv("NO_COLOR", raising=False)


TEXT = "  error: x.yaml:3  a  wrong\n      → Do this.\n  warning: y"


def test_plain_text_when_not_a_terminal(capsys):
    console.say(TEXT)
    assert capsys.readouterr().out == TEXT + "\n"


def test_colour_on_a_terminal(terminal, capsys):
    console.say(TEXT)
    out = capsys.readouterr().out
    assert "\x1b[" in out
    assert "\x1b[1;31merror:\x1b[0m" in out  # bold red label, the rest plain
    assert "\x1b[33mwarning:\x1b[0m" in out
    assert "\x1b[36m→ Do this.\x1b[0m" in out


def test_no_color_is_respected_on_a_terminal(terminal, capsys, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    console.say(TEXT)
    out = capsys.readouterr().out
    assert "\x1b[3" not in out  # no colour codes (bold may stay, as no-color.org allows)
    assert "error:" in out and "→ Do this." in out


def test_a_table_lines_up_its_columns():
    rows = [("file", "pages", "size"), ("print/a.pdf", 16, "75 kB"), ("b", 4, "106 kB")]
    assert console.table(rows, "<>>") == [
        "  file         pages    size",
        "  print/a.pdf     16   75 kB",
        "  b                4  106 kB",
    ]


def test_status_into_a_closed_pipe_ends_quietly():
    """'hulpwijzer status ar | head': the reader has gone before the output is written."""
    read, write = os.pipe()
    os.close(read)  # like head after its lines: every write now fails with a broken pipe
    run = subprocess.run(
        [sys.executable, "-m", "hulpwijzer", "--root", str(REPO), "status", "ar"],
        stdout=write,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    os.close(write)
    assert run.stderr == ""  # no traceback, no "fault in the program", no "Exception ignored"
    assert run.returncode == 0
