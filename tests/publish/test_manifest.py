"""The manifest of a build (:mod:`hulpwijzer.publish.manifest`): a file is reused only when it
is still what the manifest recorded, and a damaged manifest means rendering again."""

from __future__ import annotations

import json

import pytest

from hulpwijzer.cli import main

from .support import build_statuses


def test_a_changed_output_file_is_rendered_again(sample_copy, capsys):
    args = ["--root", str(sample_copy), "build", "-l", "en", "--jobs", "1"]
    assert main(args) == 0
    out = sample_copy / "build"
    good = (out / "screen" / "hulpwijzer-en.pdf").read_bytes()
    (out / "screen" / "hulpwijzer-en.pdf").write_bytes(good[:-100])  # damaged after the build
    capsys.readouterr()
    assert main(args) == 0
    assert build_statuses(capsys.readouterr().out) == {
        "print/hulpwijzer-en-2026-11-24.pdf": "reused",
        "screen/hulpwijzer-en.pdf": "built",
        "proof/hulpwijzer-en.pdf": "reused",
        "large-print/hulpwijzer-en.pdf": "reused",
    }
    assert (out / "screen" / "hulpwijzer-en.pdf").read_bytes() == good


@pytest.mark.parametrize(
    "damage",
    [
        lambda m: "not json",
        lambda m: json.dumps({"files": "nothing"}),
        lambda m: json.dumps({"files": [{**m["files"][0], "pages": "twelve"}]}),
        lambda m: json.dumps({"files": [dict(m["files"][0], inputs=None)]}),
    ],
)
def test_a_damaged_manifest_means_rendering_again(sample_copy, capsys, damage):
    args = ["--root", str(sample_copy), "build", "-l", "tr", "--jobs", "1"]
    assert main(args) == 0
    path = sample_copy / "build" / "manifest.json"
    path.write_text(damage(json.loads(path.read_text("utf-8"))), "utf-8")
    capsys.readouterr()
    assert main(args) == 0
    assert set(build_statuses(capsys.readouterr().out).values()) == {"built"}
