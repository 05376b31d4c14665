"""``python -m hulpwijzer`` runs the tool from any folder, also one whose path has spaces and
characters outside ASCII (a Windows user's "Mijn documenten", an accented name)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from .project import REPO, copy_project


def test_python_m_hulpwijzer_in_a_folder_with_spaces_and_accents(tmp_path):
    root = copy_project(tmp_path / "Mijn Hulpwijzer – ë")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "PYTHONIOENCODING": "utf-8"}

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "hulpwijzer", *args],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
        )

    checked = run("check", "--no-layout", "nl", "--only", "texts")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "All checks passed." in checked.stdout
    built = run("build", "-l", "nl", "--jobs", "1")
    assert built.returncode == 0, built.stdout + built.stderr
    assert "For the print shop, in build/print/: hulpwijzer-nl-2026-11-24.pdf" in built.stdout
    manifest = json.loads((root / "build" / "manifest.json").read_text(encoding="utf-8"))
    paths = [f["path"] for f in manifest["files"]]
    assert paths[:3] == [
        "print/hulpwijzer-nl-2026-11-24.pdf",
        "screen/hulpwijzer-nl.pdf",
        "proof/hulpwijzer-nl.pdf",
    ]
    assert (root / "build" / "print" / "hulpwijzer-nl-2026-11-24.pdf").stat().st_size > 10_000
    verified = run("verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
