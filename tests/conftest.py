"""Shared fixtures: the sample content of the repository, and copies of it to damage."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

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
