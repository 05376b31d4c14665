"""`hulpwijzer build`: the files, the manifest, all-or-nothing replacement of build/."""

from __future__ import annotations

import hashlib
import json

from hulpwijzer import build as build_module
from hulpwijzer.cli import main


def test_build_writes_print_screen_and_manifest(sample_copy, capsys):
    assert main(["--root", str(sample_copy), "build", "-l", "nl", "-l", "ar"]) == 0
    out = sample_copy / "build"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    paths = {f["path"] for f in manifest["files"]}
    assert paths == {
        "print/hulpwijzer-nl.pdf",
        "screen/hulpwijzer-nl.pdf",
        "print/hulpwijzer-ar.pdf",
        "screen/hulpwijzer-ar.pdf",
    }
    for entry in manifest["files"]:
        data = (out / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert entry["variant"] in ("print", "screen")
        assert entry["pages"] % 4 == 0
    printed = capsys.readouterr().out
    assert "print/hulpwijzer-ar.pdf" in printed and "pages" in printed


def test_two_builds_are_byte_identical(sample_copy):
    assert main(["--root", str(sample_copy), "build", "-l", "tr"]) == 0
    first = (sample_copy / "build" / "manifest.json").read_bytes()
    assert main(["--root", str(sample_copy), "build", "-l", "tr"]) == 0
    assert (sample_copy / "build" / "manifest.json").read_bytes() == first


def test_failed_build_leaves_previous_build_untouched(sample_copy, monkeypatch):
    assert main(["--root", str(sample_copy), "build", "-l", "nl"]) == 0
    out = sample_copy / "build"
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module, "render", explode)
    assert main(["--root", str(sample_copy), "build", "-l", "nl"]) == 130
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in sample_copy.iterdir() if p.name.startswith(".hulpwijzer-build-")]


def test_unknown_language_is_refused(sample_copy, capsys):
    assert main(["--root", str(sample_copy), "build", "-l", "xx"]) == 2
    assert "translations/xx.yaml" in capsys.readouterr().err


def _snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_errors_stop_the_build_and_keep_the_previous_one(sample_copy, capsys):
    assert main(["--root", str(sample_copy), "build", "-l", "nl", "-l", "tr"]) == 0
    before = _snapshot(sample_copy / "build")
    tr = sample_copy / "translations" / "tr.yaml"
    tr.write_text(tr.read_text(encoding="utf-8").replace("112", "113", 1), encoding="utf-8")
    capsys.readouterr()
    assert main(["--root", str(sample_copy), "build", "-l", "nl", "-l", "tr"]) == 1
    err = capsys.readouterr().err
    assert "translations/tr.yaml" in err and "No guides were built" in err
    assert _snapshot(sample_copy / "build") == before
    # complete languages can still be looked at, marked as a draft, outside build/
    review = sorted(p.name for p in (sample_copy / "review" / "screen").iterdir())
    assert review == ["hulpwijzer-nl-draft.pdf", "hulpwijzer-tr-draft.pdf"]


def test_a_guide_over_max_pages_is_not_saved(sample_copy, capsys):
    assert main(["--root", str(sample_copy), "build", "-l", "en"]) == 0
    before = _snapshot(sample_copy / "build")
    guide = sample_copy / "content" / "guide.yaml"
    guide.write_text(
        guide.read_text(encoding="utf-8").replace("max_pages: 16", "max_pages: 8"),
        encoding="utf-8",
    )
    assert main(["--root", str(sample_copy), "build", "-l", "en"]) == 1
    err = capsys.readouterr().err
    assert "translations/en.yaml:1" in err and "needs 12 pages" in err
    assert _snapshot(sample_copy / "build") == before
