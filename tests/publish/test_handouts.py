"""The handouts in a build: the poster and the card of every language are one file each
(language ``mul``) whose fingerprint holds every complete language's texts; they are reused
while nothing they show changed, rebuilt when a language they show changed, and a failure
leaves the previous build as it was."""

from __future__ import annotations

import json
import re

from hulpwijzer.cli import main
from hulpwijzer.load import load_guide
from hulpwijzer.outputs import ALL_LANGUAGES, OUTPUTS
from hulpwijzer.outputs.pdf import poster
from hulpwijzer.outputs.pdf.render import RenderError
from hulpwijzer.publish.build import all_jobs
from hulpwijzer.publish.fingerprint import inputs_of

from ..project import fill
from .support import folder_snapshot

HANDOUT = re.compile(r"^  ((?:homeprint|poster|card)/\S+\.pdf) .* (built|reused)$", re.M)


def statuses(printed: str) -> dict[str, str]:
    return dict(HANDOUT.findall(printed))


def test_files_of_every_language_are_planned_once(sample_root):
    guide = load_guide(sample_root)
    jobs = all_jobs(guide, ["nl"])
    multilingual = [name for name, output in OUTPUTS.items() if output.multilingual]
    assert sorted(multilingual) == ["card-all", "poster", "poster-screen"]
    assert [job for job in jobs if job[0] == ALL_LANGUAGES] == [
        (ALL_LANGUAGES, name) for name in multilingual
    ]
    assert ("nl", "homeprint") in jobs and ("nl", "card") in jobs and ("nl", "poster") not in jobs


def test_fingerprint_of_a_file_of_every_language_holds_every_complete_language(sample_copy):
    guide = load_guide(sample_copy)
    built_from = inputs_of(guide, ALL_LANGUAGES, "poster")
    for code in ("nl", "ar", "en", "tr"):
        assert f"translations/{code}.yaml" in built_from
    assert built_from["languages"] == "ar en nl tr"
    card = inputs_of(guide, "nl", "card")
    assert "translations/en.yaml" not in card

    fill(sample_copy, "en", {"poster.title": "Do you need help?"})
    changed = load_guide(sample_copy)
    assert inputs_of(changed, ALL_LANGUAGES, "poster") != built_from
    assert inputs_of(changed, "nl", "card") == card


def test_rebuilt_when_a_language_it_shows_changes_and_reused_otherwise(sample_copy, capsys):
    args = ["--root", str(sample_copy), "build", "-l", "nl", "--jobs", "1"]
    assert main(args) == 0
    out = sample_copy / "build"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    entries = {e["path"]: e for e in manifest["files"]}
    poster_file = "poster/hulpwijzer-poster-2026-11-24.pdf"
    assert entries[poster_file]["language"] == "mul"
    assert entries[poster_file]["variant"] == "poster"
    assert entries[poster_file]["pdfx"] == "PDF/X-1a:2003"
    assert entries["poster/hulpwijzer-poster-screen.pdf"]["variant"] == "poster-screen"
    assert entries["card/hulpwijzer-card-mul-2026-11-24.pdf"]["variant"] == "card-all"
    assert entries["card/hulpwijzer-card-nl-2026-11-24.pdf"]["variant"] == "card"
    assert entries["homeprint/hulpwijzer-nl.pdf"]["variant"] == "homeprint"
    capsys.readouterr()

    assert main(args) == 0  # nothing changed: every file reused
    assert set(statuses(capsys.readouterr().out).values()) == {"reused"}

    fill(sample_copy, "en", {"poster.title": "Do you need help?"})  # English: not built now
    assert main(args) == 0
    found = statuses(capsys.readouterr().out)
    assert found[poster_file] == "built"  # it shows English
    assert found["card/hulpwijzer-card-mul-2026-11-24.pdf"] == "built"
    assert found["card/hulpwijzer-card-nl-2026-11-24.pdf"] == "reused"
    assert found["homeprint/hulpwijzer-nl.pdf"] == "reused"


def test_a_failed_poster_leaves_the_previous_build(sample_copy, monkeypatch, capsys):
    args = ["--root", str(sample_copy), "build", "-l", "nl", "--jobs", "1"]
    assert main(args) == 0
    out = sample_copy / "build"
    before = folder_snapshot(out)

    def no_room(*args, **kwargs):
        raise RenderError("the poster has no room for 4 languages on one A4 page.")

    monkeypatch.setattr(poster, "render_variants", no_room)
    fill(sample_copy, "nl", {"poster.title": "Hulp nodig? Wij helpen u."})
    assert main(args) != 0
    assert "the poster has no room" in capsys.readouterr().err
    assert folder_snapshot(out) == before
