"""Helpers for the translators' tests: a copy of the sample project, and filling in a language."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
# Ukrainian texts for every key of the Dutch file (written for the tests, not reviewed)
UK = yaml.safe_load((DATA / "uk.yaml").read_text(encoding="utf-8"))


def copy_project(target: Path) -> Path:
    """content/, translations/, schemas/ and translations.lock of the repository, in ``target``."""
    for folder in ("content", "translations", "schemas"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, target / folder)
    shutil.copy(REPO / "translations.lock", target / "translations.lock")
    return target


def fill(root: Path, code: str, texts: dict[str, str]) -> None:
    """Write ``texts`` into translations/<code>.yaml the way a translator would: in place."""
    from hulpwijzer.translators.yamledit import set_texts

    path = root / "translations" / f"{code}.yaml"
    path.write_text(set_texts(path.read_text(encoding="utf-8"), texts), encoding="utf-8")


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file a translator's command may write, with its bytes."""
    files = list((root / "translations").glob("*.yaml"))
    files += [root / "translations.lock", root / "translations.review"]
    return {p.name: p.read_bytes() for p in files if p.exists()}
