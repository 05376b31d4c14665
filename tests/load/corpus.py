"""The hostile corpus (``tests/hostile/``) and a built project to drop its files into.

The tests of broken input in every stage start from the same state: a copy of the sample with a
good build of one language, so that they can assert that ``build/`` is byte for byte what it was.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from hulpwijzer.cli import main

REPO = Path(__file__).resolve().parent.parent.parent
CORPUS = REPO / "tests" / "hostile"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def build_sample(root: Path) -> Path:
    """The sample in ``root``, with a good build of Dutch in ``root/build``."""
    for folder in ("content", "translations"):
        shutil.copytree(REPO / folder, root / folder)
    shutil.copy(REPO / "translations.lock", root / "translations.lock")
    assert main(["--root", str(root), "build", "-l", "nl"]) == 0
    return root


def fresh_copy(built: Path, tmp_path: Path, monkeypatch) -> Path:
    """A copy of the built project in ``tmp_path``, and the process running inside it."""
    root = tmp_path / "project"
    shutil.copytree(built, root)
    monkeypatch.chdir(root)
    return root
