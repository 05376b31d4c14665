"""validate(): the shipped sample passes, the quick check stays light, validate reads no file."""

from __future__ import annotations

import builtins
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hulpwijzer.check import Layout, format_report, validate, with_layouts
from hulpwijzer.cli import main
from hulpwijzer.load import load_guide
from hulpwijzer.load.states import read_lock
from hulpwijzer.publish.run import check_guide

from .damage import (
    LANGS,
    REPO,
    SAMPLE,
    TODAY,
    TR,
    plant,
    text_line,
)


def test_sample_has_no_errors_and_nothing_outdated():
    report = check_guide(SAMPLE, today=TODAY)
    for code in LANGS:
        stats = report.languages[code]
        assert (stats.complete, stats.outdated, stats.errors) == (100.0, 0, 0), code
    assert report.languages["nl"].is_source
    assert report.errors == [], format_report(report)


def test_check_without_layout_does_not_load_reportlab():
    """Translators' quick check stays light (speed itself is measured in benchmarks/)."""
    code = (
        "import sys, io, contextlib\n"
        "from hulpwijzer.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['--root', {str(REPO)!r}, 'check', '--no-layout'])\n"
        "print('reportlab' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]


def test_unreadable_yaml_is_reported_and_exits_1(root, capsys):
    line = plant(
        root, TR, "title:", "title: [", start=text_line("tr", "sections.money.title", root)
    )
    assert main(["--root", str(root), "check", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["messages"][0]["file"] == TR and data["messages"][0]["line"] >= line


def test_validate_reads_no_file(root, monkeypatch):
    """validate() judges the loaded guide only: with the project's files gone and every way
    of opening a file refused, it finds exactly what it found before."""
    guide, lock = load_guide(root), read_lock(root)
    too_long = (("sections.money.title", "too long", "Shorten it."),)
    layouts = {code: Layout(12, too_long) for code in guide.languages}
    # the first run also reads the bundled fonts' character maps, which stay cached
    expected = validate(guide, TODAY, lock, layouts)
    for folder in ("content", "translations"):
        shutil.rmtree(root / folder)
    (root / "translations.lock").unlink()

    def refuse(*args, **kwargs):
        raise AssertionError(f"validate() read a file: {args[:1]}")

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(io, "open", refuse)
    for method in ("open", "read_bytes", "read_text"):
        monkeypatch.setattr(Path, method, refuse)
    again = validate(guide, TODAY, lock, layouts)
    monkeypatch.undo()
    assert again == expected
    assert again.messages and again.not_checked == []


@pytest.mark.parametrize("pages", [12, 40])  # 40: over max_pages, an error per language
def test_with_layouts_is_the_report_validate_makes_with_them(root, pages):
    """The build checks without the layout, then adds what laying out found: the report must
    be the one the check of everything makes (messages in order, summary figures)."""
    guide, lock = load_guide(root), read_lock(root)
    too_long = (("sections.money.title", "too long", "Shorten it."),)
    layouts = {code: Layout(pages, too_long) for code in guide.languages}
    expected = validate(guide, TODAY, lock, layouts)
    added = with_layouts(guide, validate(guide, TODAY, lock), layouts)
    assert added == expected
    assert format_report(added, strict=True) == format_report(expected, strict=True)
    assert any(m.key == "sections.money.title" and "too long" in m.text for m in added.messages)
