"""Write a file all at once, so that an interrupted write never leaves half a file."""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path

from ..model import InputError, Message
from .names import MARKER


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


# --- folders that hulpwijzer owns -----------------------------------------------------------------
#
# ``build --out``, the review drafts and ``preview --out`` replace earlier output. They only ever
# delete what hulpwijzer itself wrote: each such folder holds a marker file whose first line says
# so and whose further lines name every file it wrote. A folder with any other file is left alone.

_MARKER_HEADER = "hulpwijzer output ({kind}): written by hulpwijzer, replaced by its next run."
_MARKER_NOTE = "# The files below are hulpwijzer's own. Keep your own files in another folder."
# what a file manager leaves in any folder it shows; deleting it loses nothing
SYSTEM_LITTER = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})


def marker_text(kind: str, names: list[str]) -> str:
    """The marker of a folder of ``kind`` ("build", "preview") holding ``names``."""
    return "\n".join([_MARKER_HEADER.format(kind=kind), _MARKER_NOTE, *sorted(names)]) + "\n"


def marked_files(folder: Path, kind: str) -> set[str] | None:
    """The files (relative, with "/") the marker of ``folder`` says hulpwijzer wrote there, or
    None when ``folder`` has no marker of ``kind`` (it is not hulpwijzer's)."""
    marker = Path(folder) / MARKER
    try:
        if not marker.is_file() or marker.is_symlink() or marker.stat().st_size > 1_000_000:
            return None
        lines = marker.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError):
        return None
    if not lines or lines[0] != _MARKER_HEADER.format(kind=kind):
        return None
    return {line for line in lines[1:] if line and not line.startswith("#")}


def files_in(folder: Path) -> list[str]:
    """Every file and link under ``folder`` (relative, with "/"); links are not followed."""
    found = []
    for top, dirs, names in os.walk(folder):
        here = Path(top)
        found += [(here / n).relative_to(folder).as_posix() for n in names]
        links = [d for d in dirs if (here / d).is_symlink()]  # a link to a folder: not entered
        found += [(here / d).relative_to(folder).as_posix() for d in links]
    return sorted(found)


def foreign_files(folder: Path, owned: set[str]) -> list[str]:
    """The files in ``folder`` that are not in ``owned`` (nor the marker, nor a file manager's
    litter): files hulpwijzer did not write."""
    return [
        name
        for name in files_in(folder)
        if name not in owned and name != MARKER and name.rsplit("/", 1)[-1] not in SYSTEM_LITTER
    ]


def replace_marked_files(folder: Path, kind: str, new: dict[str, bytes]) -> list[Path]:
    """Write ``new`` (name -> bytes) into ``folder`` in place of hulpwijzer's earlier files there.

    ``folder`` must be new, empty, or hold only files its marker names; otherwise
    :class:`NotOurFolder` is raised and nothing is touched. The marker then names the new files.
    """
    folder = Path(folder)
    owned = marked_files(folder, kind) or set()
    if folder.exists() or folder.is_symlink():
        if not folder.is_dir():
            raise NotOurFolder(folder, "exists and is not a folder")
        foreign = foreign_files(folder, owned)
        if foreign:
            hint = ""
            if all(re.fullmatch(r"page-\d+\.png", name) for name in foreign):
                hint = (
                    "If these are the pictures of a preview by an older version of hulpwijzer, "
                    "delete them once; from now on the folder is marked as the preview's."
                )
            raise NotOurFolder(folder, holds_foreign(foreign), hint)
    written = []
    for name, data in new.items():
        write_bytes(folder / name, data)
        written.append(folder / name)
    write_text(folder / MARKER, marker_text(kind, list(new)))
    for old in sorted(owned - set(new)):
        path = folder / old
        if path.is_file() or path.is_symlink():
            path.unlink()
    return written


def holds_foreign(foreign: list[str]) -> str:
    """Why a folder with ``foreign`` files is left alone, naming a few of them."""
    shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
    return f"holds files that hulpwijzer did not write ({shown}), so nothing in it is replaced"


class NotOurFolder(InputError):
    """A folder that hulpwijzer may not write its output into; ``reason`` says why."""

    def __init__(self, folder: Path, reason: str, hint: str = ""):
        self.folder, self.reason = Path(folder), reason
        hint = hint or (
            "Choose a new or empty folder with --out, or move your own files out of this one."
        )
        super().__init__([Message("error", Path(folder).as_posix(), 0, "", reason, hint)])
