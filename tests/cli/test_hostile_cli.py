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
from pathlib import Path

import pytest

from hulpwijzer.cli import main
from hulpwijzer.outputs.pdf import render

from ..load.corpus import CORPUS, REPO, build_sample, fresh_copy, snapshot

TR = "translations/tr.yaml"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The sample with a good build of one language: the state every case starts from."""
    return build_sample(tmp_path_factory.mktemp("built"))


@pytest.fixture
def project(built, tmp_path, monkeypatch) -> Path:
    """A fresh copy of the built project; the process runs inside it."""
    return fresh_copy(built, tmp_path, monkeypatch)


def test_an_unexpected_error_is_a_short_message_not_a_traceback(project, monkeypatch, capsys):
    before = snapshot(project / "build")

    def broken(*args, **kwargs):
        raise RuntimeError("something nobody foresaw\nsecond line")

    monkeypatch.setattr(render, "render_variants", broken)
    assert main(["--root", str(project), "build", "-l", "nl", "--force", "--jobs", "1"]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err and "second line" not in err
    assert "unexpected problem (RuntimeError: something nobody foresaw)" in err
    assert "report it" in err and "HULPWIJZER_DEBUG=1" in err
    assert snapshot(project / "build") == before


def test_a_guide_that_cannot_be_laid_out_is_a_message(project, monkeypatch, capsys):
    before = snapshot(project / "build")

    def too_large(*args, **kwargs):
        raise render.RenderError("the print guide in 'nl' cannot be laid out: (test)")

    monkeypatch.setattr(render, "_build", too_large)
    assert main(["--root", str(project), "build", "-l", "nl", "--force", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "error: the print guide in 'nl' cannot be laid out" in err
    assert "unexpected" not in err and "Traceback" not in err
    assert snapshot(project / "build") == before


def test_messages_survive_a_console_that_cannot_show_them(project):
    """Windows code pages, PYTHONIOENCODING=ascii: the emoji is escaped, the command still works."""
    shutil.copy(CORPUS / "tr-emoji.yaml", project / TR)
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "PYTHONPATH": str(REPO / "src")}
    command = [sys.executable, "-m", "hulpwijzer", "--root", str(project), "check"]
    done = subprocess.run(command + ["--no-layout"], capture_output=True, env=env)
    assert done.returncode == 1, done.stderr
    assert b"(U+1F600 GRINNING FACE)" in done.stdout and b"Traceback" not in done.stderr
