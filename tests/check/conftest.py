"""The ``root`` fixture of the check tests: a fresh copy of the sample to damage."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def root(sample_copy) -> Path:
    """content/, translations/ and translations.lock of the repository, in a temporary folder."""
    return sample_copy
