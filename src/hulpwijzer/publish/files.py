"""Write a file all at once, so that an interrupted write never leaves half a file."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_text(path: Path, text: str, newline: str = "\n") -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file beside it; its folder is
    made if missing.

    The file keeps its permissions; a new file is readable by all (it is shared through Git).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as f:
            f.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def create_text(path: Path, text: str) -> None:
    """Create ``path`` with ``text`` (UTF-8, "\\n" line ends); fails if it exists already."""
    with open(path, "x", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it, readable by all; its
    folder is made if missing."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_files(folder: Path, pattern: str) -> None:
    """Delete the files in ``folder`` whose names match ``pattern`` (e.g. ``page-*.png``)."""
    for old in Path(folder).glob(pattern):
        old.unlink()
