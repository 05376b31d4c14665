"""What a built file depends on (:mod:`hulpwijzer.publish.fingerprint`): every input that changes
the file is in its fingerprint, so a changed input means rendering it again."""

from __future__ import annotations

import hashlib
import json
import platform
import re
import shutil

from hulpwijzer import __version__
from hulpwijzer.cli import main
from hulpwijzer.load import load_guide
from hulpwijzer.outputs.pdf import render
from hulpwijzer.publish import fingerprint

from ..pdfcheck import page_texts
from ..project import UK, copy_project, fill
from .support import build_statuses


def test_manifest_records_what_each_file_was_built_from(sample_copy):
    assert main(["--root", str(sample_copy), "build", "-l", "ar", "--jobs", "1"]) == 0
    manifest = json.loads((sample_copy / "build" / "manifest.json").read_text("utf-8"))
    entry = next(e for e in manifest["files"] if e["path"] == "print/hulpwijzer-ar-2026-11-24.pdf")
    built_from = entry["built_from"]
    for name in ("content/guide.yaml", "content/contacts.yaml", "translations/ar.yaml"):
        data = (sample_copy / name).read_bytes()
        assert built_from[name] == hashlib.sha256(data).hexdigest()
    assert "translations/nl.yaml" in built_from  # the source language: the fallback
    assert "translations/tr.yaml" not in built_from
    assert built_from["languages"] == "ar en nl tr"
    assert built_from["variant"] == "print"
    assert re.fullmatch(r"[0-9a-f]{64}", built_from["fonts"])
    assert built_from["code"].startswith(f"hulpwijzer {__version__}; sources ")
    assert "reportlab=" in built_from["code"] and "reportlab=?" not in built_from["code"]
    assert f"python {platform.python_version()}; zlib " in built_from["code"]
    assert re.fullmatch(r"[0-9a-f]{64}", entry["inputs"])


def test_inputs_change_with_the_language_file_the_source_the_set_of_languages(sample_copy):
    def inputs(language):
        guide = load_guide(sample_copy)
        return {v: fingerprint.inputs_of(guide, language, v) for v in ("print", "screen")}

    before = {code: inputs(code) for code in ("nl", "en", "tr")}
    assert inputs("tr") == before["tr"]
    assert before["tr"]["print"] != before["tr"]["screen"]

    en = sample_copy / "translations" / "en.yaml"
    en.write_text(en.read_text("utf-8") + "# a comment\n", "utf-8")
    assert inputs("en") != before["en"]
    assert inputs("tr") == before["tr"]

    nl = sample_copy / "translations" / "nl.yaml"
    nl.write_text(nl.read_text("utf-8") + "# a comment\n", "utf-8")
    assert inputs("tr") != before["tr"]  # the source language is every language's fallback

    shutil.copy(en, sample_copy / "translations" / "de.yaml")
    after = inputs("nl")
    assert after["print"]["languages"] == "ar de en nl tr"  # the cover lists the others


def test_a_draft_is_rendered_again_once_its_texts_are_reviewed(tmp_path, monkeypatch):
    """A draft's back page says which texts no native speaker has reviewed (from the lock and
    review files): after ``hulpwijzer review`` the next draft must say so, not be reused."""
    root = copy_project(tmp_path)

    def run(*args):
        return main(["--root", str(root), *args])

    def back_page():  # the back page, with a draft's notice that may run onto a second page
        pages = page_texts(root / "review" / "screen" / "hulpwijzer-uk-draft.pdf")
        return " ".join(" ".join(pages[-2:]).split())

    assert run("add-language", "uk") == 0
    fill(root, "uk", UK)
    assert run("build", "--draft", "uk") == 0
    assert "Not reviewed by a native speaker: 106 of 106 translated texts" in back_page()

    assert run("confirm", "uk") == 0
    assert run("confirm", "uk", "labels.whatsapp") == 0  # stays 'WhatsApp' on purpose
    assert run("review", "uk", "--by", "Someone") == 0
    real, rendered = render.render_variants, []

    def spy(guide, language, *rest, **kwargs):
        rendered.append(language)
        return real(guide, language, *rest, **kwargs)

    monkeypatch.setattr(render, "render_variants", spy)
    assert run("build", "--draft", "uk") == 0
    assert rendered == ["uk"]  # built, not reused
    assert "Not reviewed" not in back_page()
    assert "Every translated text has been reviewed by a native speaker." in back_page()

    assert run("build", "--draft", "uk") == 0  # nothing changed since: reused
    assert rendered == ["uk"]


def test_a_guide_is_rendered_again_when_another_language_becomes_complete(tmp_path, capsys):
    """The cover names the other complete languages: filling in the last text of a language
    changes every other guide's cover, though none of their files changed."""
    root = copy_project(tmp_path)
    args = ["--root", str(root), "build", "-l", "nl", "--jobs", "1"]
    assert main(["--root", str(root), "add-language", "uk"]) == 0
    assert main(args) == 0
    cover = root / "build" / "print" / "hulpwijzer-nl-2026-11-24.pdf"
    assert "Українська" not in page_texts(cover)[0]

    fill(root, "uk", UK)
    capsys.readouterr()
    assert main(args) == 0
    assert set(build_statuses(capsys.readouterr().out).values()) == {"built"}
    assert "Українська" in page_texts(cover)[0]
