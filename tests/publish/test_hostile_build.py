"""Damaged builds and a build that goes wrong: nothing lost, every difference found.

``hulpwijzer verify`` checks a build against its manifest, which it does not trust; a build never
replaces a folder that is not an earlier build, and Ctrl+C leaves the previous build as it was.
Every case starts from a copy of the sample with a good build of Dutch.
"""

from __future__ import annotations

import shutil

import pytest

from hulpwijzer.cli import main
from hulpwijzer.publish import build as build_module

from ..project import folder_snapshot as snapshot

# --- verify ---------------------------------------------------------------------------------------


def test_verify_accepts_a_fresh_build_and_identifies_a_copy(built_project, capsys, tmp_path):
    copy = tmp_path / "to-the-print-shop.pdf"
    shutil.copy(built_project / "build" / "print" / "hulpwijzer-nl-2026-11-24.pdf", copy)
    assert main(["--root", str(built_project), "verify", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "All 15 files in" in out and "is print/hulpwijzer-nl-2026-11-24.pdf of this build" in out


def test_verify_finds_a_changed_a_missing_and_an_extra_file(built_project, capsys):
    build = built_project / "build"
    pdf = build / "print" / "hulpwijzer-nl-2026-11-24.pdf"
    data = bytearray(pdf.read_bytes())
    data[len(data) // 2] ^= 1  # one bit, same size
    pdf.write_bytes(bytes(data))
    (build / "screen" / "hulpwijzer-nl.pdf").unlink()
    (build / "screen" / "hulpwijzer-tr.pdf").write_bytes(b"%PDF-1.4 not built here")
    assert main(["--root", str(built_project), "verify"]) == 1
    err = capsys.readouterr().err
    assert "print/hulpwijzer-nl-2026-11-24.pdf  differs from the file that was built" in err
    assert "screen/hulpwijzer-nl.pdf  is missing" in err
    assert "warning: " in err and "screen/hulpwijzer-tr.pdf  is not in the manifest" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "manifest",
    [
        '{"files": [{"path": "../../etc/passwd", "sha256": "' + "0" * 64 + '"}]}',
        '{"files": [{"path": "/etc/passwd", "sha256": "' + "0" * 64 + '"}]}',
        '{"files": "everything"}',
        "not json at all",
        "\ufeff\x00\x01",
    ],
)
def test_verify_treats_the_manifest_as_untrusted(built_project, capsys, manifest):
    (built_project / "build" / "manifest.json").write_text(manifest, encoding="utf-8")
    assert main(["--root", str(built_project), "verify"]) == 1
    err = capsys.readouterr().err
    assert "build/manifest.json" in err and "Traceback" not in err


def test_verify_without_a_build(sample_copy, capsys):
    assert main(["--root", str(sample_copy), "verify"]) == 1
    assert "build/  folder not found" in capsys.readouterr().err


# --- nothing lost ---------------------------------------------------------------------------------


def test_a_build_never_replaces_a_folder_that_is_not_a_build(built_project, capsys):
    before = snapshot(built_project / "content")
    assert main(["--root", str(built_project), "build", "-l", "nl", "--out", "content"]) == 1
    assert "it is not an earlier build" in capsys.readouterr().err
    assert snapshot(built_project / "content") == before


def test_ctrl_c_after_the_first_file_leaves_no_half_written_build(
    built_project, monkeypatch, capsys
):
    before = snapshot(built_project / "build")

    def interrupt(*args, **kwargs):  # every PDF is written: only the swap into build/ is left
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module.folders, "swap", interrupt)
    assert (
        main(["--root", str(built_project), "build", "-l", "nl", "--force", "--jobs", "1"]) == 130
    )
    assert "previous build/ folder is unchanged" in capsys.readouterr().err
    assert snapshot(built_project / "build") == before
    assert not list(built_project.rglob(".hulpwijzer-build-*"))
