"""The command line's last resorts: a short message, never a traceback, on any console.

An error nobody foresaw is reported in one line with the way to report it; a guide that cannot
be laid out is an ordinary message; a console that cannot show a character still gets the
message. Every case starts from a copy of the sample with a good build of Dutch, which stays as
it was.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from hulpwijzer.cli import main
from hulpwijzer.outputs.pdf import render

from ..project import CORPUS, REPO
from ..project import folder_snapshot as snapshot

TR = "translations/tr.yaml"


def test_an_unexpected_error_is_a_short_message_not_a_traceback(built_project, monkeypatch, capsys):
    before = snapshot(built_project / "build")

    def broken(*args, **kwargs):
        raise RuntimeError("something nobody foresaw\nsecond line")

    monkeypatch.setattr(render, "render_variants", broken)
    assert main(["--root", str(built_project), "build", "-l", "nl", "--force", "--jobs", "1"]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err and "second line" not in err
    assert "unexpected problem (RuntimeError: something nobody foresaw)" in err
    assert "report it" in err and "HULPWIJZER_DEBUG=1" in err
    assert snapshot(built_project / "build") == before


def test_a_guide_that_cannot_be_laid_out_is_a_message(built_project, monkeypatch, capsys):
    before = snapshot(built_project / "build")

    def too_large(*args, **kwargs):
        raise render.RenderError("the print guide in 'nl' cannot be laid out: (test)")

    monkeypatch.setattr(render, "_build", too_large)
    assert main(["--root", str(built_project), "build", "-l", "nl", "--force", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "error: the print guide in 'nl' cannot be laid out" in err
    assert "unexpected" not in err and "Traceback" not in err
    assert snapshot(built_project / "build") == before


def test_messages_survive_a_console_that_cannot_show_them(built_project):
    """Windows code pages, PYTHONIOENCODING=ascii: the emoji is escaped, the command still works."""
    shutil.copy(CORPUS / "tr-emoji.yaml", built_project / TR)
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "PYTHONPATH": str(REPO / "src")}
    command = [sys.executable, "-m", "hulpwijzer", "--root", str(built_project), "check"]
    done = subprocess.run(command + ["--no-layout"], capture_output=True, env=env)
    assert done.returncode == 1, done.stderr
    assert b"(U+1F600 GRINNING FACE)" in done.stdout and b"Traceback" not in done.stderr
