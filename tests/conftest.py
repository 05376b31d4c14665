"""Shared fixtures: the sample content of the repository, and copies of it to damage."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from .project import build_sample, build_site, fresh_copy

# CI explores the same examples on every run (a red build must be reproducible); locally,
# hypothesis keeps looking for new ones.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def sample_root() -> Path:
    """The repository itself: content/ and translations/ as shipped."""
    return REPO


@pytest.fixture
def sample_copy(tmp_path) -> Path:
    """A fresh copy of content/, translations/ and translations.lock that a test may change."""
    for folder in ("content", "translations"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    shutil.copy(REPO / "translations.lock", tmp_path / "translations.lock")
    return tmp_path


@pytest.fixture(scope="session")
def built_sample(tmp_path_factory) -> Path:
    """The sample with a good build of one language: the state every broken-input case starts
    from (built once; never change it, take a ``built_project``)."""
    return build_sample(tmp_path_factory.mktemp("built"))


@pytest.fixture
def built_project(built_sample, tmp_path, monkeypatch) -> Path:
    """A fresh copy of the built sample; the process runs inside it."""
    return fresh_copy(built_sample, tmp_path, monkeypatch)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """A build of every language of the sample, its web address confirmed (so the guides carry
    QR codes): the build folder, with ``site/``. Built once; never change it."""
    return build_site(tmp_path_factory.mktemp("site"))
