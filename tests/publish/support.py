"""Helpers for the build tests: the files of a build folder, what a build printed, and a fresh
Python process that runs this checkout's hulpwijzer."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import hulpwijzer

SRC = Path(hulpwijzer.__file__).resolve().parents[1]  # the src/ folder of this checkout


def file_hashes(out: Path) -> dict[str, str]:
    """Every file under ``out`` (relative, forward slashes) with its SHA-256."""
    return {
        p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def folder_snapshot(folder: Path) -> dict[Path, bytes]:
    """Every file under ``folder`` with its bytes."""
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def build_statuses(printed: str) -> dict[str, str]:
    """PDF -> "built" or "reused", from the file table ``hulpwijzer build`` prints (the copies
    in site/ follow their PDF: tests/outputs/test_html.py)."""
    return dict(
        re.findall(
            r"^  ((?:print|screen|proof|large-print)/\S+\.pdf) .* (built|reused)$", printed, re.M
        )
    )


def run_python(code: str, *args: str) -> str:
    """Run ``code`` in a fresh process (nothing imported yet) with this checkout's hulpwijzer;
    what it printed."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout
