"""Helpers for the tests: copies of the sample project (plain, or with a good build of one
language for the broken-input cases), filling in a language, and snapshots of files."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CORPUS = Path(__file__).resolve().parent / "hostile"  # broken files, see hostile/make_corpus.py
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


def folder_snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def build_sample(root: Path) -> Path:
    """The sample in ``root``, with a good build of Dutch in ``root/build``."""
    from hulpwijzer.cli import main

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


def confirm_online_url(root: Path) -> None:
    """Mark the sample's web address as confirmed, as staff do once the site is online."""
    guide = root / "content" / "guide.yaml"
    text = guide.read_text(encoding="utf-8")
    assert "online_url_confirmed: false" in text
    guide.write_text(text.replace("online_url_confirmed: false", "online_url_confirmed: true"))


def build_site(root: Path) -> Path:
    """The sample in ``root`` with its web address confirmed, every language built; the build
    folder (with ``site/``)."""
    from hulpwijzer.cli import main

    copy_project(root)
    confirm_online_url(root)
    assert main(["--root", str(root), "build"]) == 0
    return root / "build"
