"""`hulpwijzer build` (:mod:`hulpwijzer.publish.build`): the files, the manifest, reuse of
unchanged files, and the all-or-nothing replacement of build/."""

from __future__ import annotations

import hashlib
import json

import pytest

from hulpwijzer.cli import main
from hulpwijzer.outputs.pdf import render

from .support import build_statuses, file_hashes, run_python

HANDOUTS = {"homeprint": 8, "card": 2, "card-all": 2, "poster": 1, "poster-screen": 1}
MULTILINGUAL = ("card-all", "poster", "poster-screen")


def test_build_writes_print_screen_and_manifest(sample_copy, capsys):
    assert main(["--root", str(sample_copy), "build", "-l", "nl", "-l", "ar"]) == 0
    out = sample_copy / "build"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    paths = {f["path"] for f in manifest["files"] if not f["path"].startswith("site/")}
    assert paths == {
        "print/hulpwijzer-nl-2026-11-24.pdf",
        "screen/hulpwijzer-nl.pdf",
        "print/hulpwijzer-ar-2026-11-24.pdf",
        "screen/hulpwijzer-ar.pdf",
        "proof/hulpwijzer-nl.pdf",
        "proof/hulpwijzer-ar.pdf",
        "large-print/hulpwijzer-nl.pdf",
        "large-print/hulpwijzer-ar.pdf",
        "homeprint/hulpwijzer-nl.pdf",
        "homeprint/hulpwijzer-ar.pdf",
        "card/hulpwijzer-card-nl-2026-11-24.pdf",
        "card/hulpwijzer-card-ar-2026-11-24.pdf",
        # one file of every complete language, also when only some are built
        "card/hulpwijzer-card-mul-2026-11-24.pdf",
        "poster/hulpwijzer-poster-2026-11-24.pdf",
        "poster/hulpwijzer-poster-screen.pdf",
    }
    for entry in manifest["files"]:
        data = (out / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert entry["variant"] in ("print", "screen", "proof", "large-print", "web", *HANDOUTS)
        # the proof shows the booklet's 16 pages as 9 spreads: the covers alone
        if entry["variant"] in ("print", "screen", "large-print"):
            assert entry["pages"] % 4 == 0
        elif entry["variant"] == "proof":
            assert entry["pages"] == 9
        elif entry["variant"] in HANDOUTS:  # sheet sides: 16 pages, 4 per sheet; front, back
            assert entry["pages"] == HANDOUTS[entry["variant"]]
            assert (entry["language"] == "mul") == (entry["variant"] in MULTILINGUAL)
        else:
            assert entry["path"].endswith((".html", ".json", ".pdf"))
    printed = capsys.readouterr().out
    assert "print/hulpwijzer-ar-2026-11-24.pdf" in printed and "pages" in printed


def test_two_builds_are_byte_identical(sample_copy):
    assert main(["--root", str(sample_copy), "build", "-l", "tr"]) == 0
    first = (sample_copy / "build" / "manifest.json").read_bytes()
    assert main(["--root", str(sample_copy), "build", "-l", "tr", "--force"]) == 0
    assert (sample_copy / "build" / "manifest.json").read_bytes() == first


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_failed_build_leaves_previous_build_untouched(sample_copy, monkeypatch, jobs):
    assert main(["--root", str(sample_copy), "build", "-l", "nl"]) == 0
    out = sample_copy / "build"
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    # with --jobs 2 the two variants render in forked workers, which see the patch too
    monkeypatch.setattr(render, "render_variants", explode)
    args = ["--root", str(sample_copy), "build", "-l", "nl", "--force", "--jobs", jobs]
    assert main(args) == 130
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in sample_copy.iterdir() if p.name.startswith(".hulpwijzer-build-")]


def test_rebuild_reuses_unchanged_files_and_renders_only_the_changed_language(
    sample_copy, capsys, monkeypatch
):
    args = ["--root", str(sample_copy), "build", "-l", "nl", "-l", "tr"]
    out = sample_copy / "build"
    assert main(args) == 0
    first = file_hashes(out)
    assert set(build_statuses(capsys.readouterr().out).values()) == {"built"}

    real = render.render_variants
    rendered = []

    def spy(guide, language, *rest, **kwargs):
        rendered.append(language)
        return real(guide, language, *rest, **kwargs)

    monkeypatch.setattr(render, "render_variants", spy)
    assert main([*args, "--jobs", "1"]) == 0  # nothing changed
    assert set(build_statuses(capsys.readouterr().out).values()) == {"reused"}
    assert rendered == []
    assert file_hashes(out) == first  # the manifest too

    tr = sample_copy / "translations" / "tr.yaml"
    tr.write_text(tr.read_text(encoding="utf-8").replace('kuruluşlar"', 'kurumlar"'), "utf-8")
    assert main([*args, "--jobs", "1"]) == 0
    statuses = build_statuses(capsys.readouterr().out)
    assert statuses == {
        "print/hulpwijzer-nl-2026-11-24.pdf": "reused",
        "screen/hulpwijzer-nl.pdf": "reused",
        "print/hulpwijzer-tr-2026-11-24.pdf": "built",
        "screen/hulpwijzer-tr.pdf": "built",
        "proof/hulpwijzer-nl.pdf": "reused",
        "proof/hulpwijzer-tr.pdf": "built",
        "large-print/hulpwijzer-nl.pdf": "reused",
        "large-print/hulpwijzer-tr.pdf": "built",
    }
    assert rendered == ["tr"]  # one pass for both variants
    second = file_hashes(out)
    assert (
        second["print/hulpwijzer-nl-2026-11-24.pdf"] == first["print/hulpwijzer-nl-2026-11-24.pdf"]
    )
    assert (
        second["print/hulpwijzer-tr-2026-11-24.pdf"] != first["print/hulpwijzer-tr-2026-11-24.pdf"]
    )
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        assert entry["sha256"] == second[entry["path"]]

    assert main([*args, "--jobs", "1", "--force"]) == 0
    assert set(build_statuses(capsys.readouterr().out).values()) == {"built"}
    assert file_hashes(out) == second


def test_unknown_language_is_refused(sample_copy, capsys):
    assert main(["--root", str(sample_copy), "build", "-l", "xx"]) == 2
    assert "translations/xx.yaml" in capsys.readouterr().err


def test_a_rebuild_with_nothing_changed_does_not_load_the_renderer(sample_copy):
    assert main(["--root", str(sample_copy), "build", "-l", "en", "--jobs", "1"]) == 0
    probe = (
        "import sys\n"
        "from hulpwijzer.cli import main\n"
        f"assert main(['--root', {str(sample_copy)!r}, 'build', '-l', 'en']) == 0\n"
        "heavy = ('reportlab', 'uharfbuzz', 'qrcode')  # babel checks the language codes\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    printed = run_python(probe)
    assert "reused" in printed
    assert printed.strip().splitlines()[-1] == "[]"


RENDERERS = ("reportlab", "uharfbuzz", "pikepdf", "pypdfium2", "jinja2", "qrcode")


def test_a_rebuild_with_nothing_changed_and_check_after_it_load_no_renderer(built_project):
    """What stays quick: every file reused, the layout findings taken from the manifest; no
    renderer, PDF library or template engine is imported for them."""
    code = (
        "import sys, io, contextlib\n"
        "from hulpwijzer.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = main(['--root', sys.argv[1], *sys.argv[2:]])\n"
        f"print(code, *sorted(m for m in {RENDERERS!r} if m in sys.modules))\n"
    )
    root = str(built_project)
    assert run_python(code, root, "build", "-l", "nl").split() == ["0"]
    assert run_python(code, root, "check", "nl").split()[1:] == []
    # the same code with a changed text renders: then they are imported (the test can fail)
    nl = built_project / "translations" / "nl.yaml"
    nl.write_text(nl.read_text("utf-8").replace("Waar begin ik?", "Waar begin ik nu?"), "utf-8")
    assert "reportlab" in run_python(code, root, "build", "-l", "nl", "--jobs", "1").split()
