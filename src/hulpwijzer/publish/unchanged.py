"""Answer a command again when nothing it depends on changed since the last build.

A build records in ``build/manifest.json`` (under ``answers``) what ``hulpwijzer build`` would
print if it ran again with nothing changed, and what ``hulpwijzer check`` prints, each with a
key: one SHA-256 over everything that answer depends on. That is the command line, today's date
(a contact's ``verified`` date is judged against it), every file in ``content/`` and
``translations/``, the translators' state files (the lock, the reviews), hulpwijzer's code and
the libraries' versions, and the fonts (:mod:`.digests`). The next ``build`` or ``check`` whose
key is the same prints the recorded answer without reading the guide, checking it or importing a
renderer; a build only when every file of the build folder is still the one recorded (its
SHA-256), no other file was added and no killed build left its working folder beside it.

Any change to one of those inputs gives another key, and the command runs as usual.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

from .digests import code_fingerprint, fonts_fingerprint
from .folders import STAGING_PREFIX
from .names import MANIFEST, MARKER

INPUT_FOLDERS = ("content", "translations")
STATE_FILES = ("translations.lock", "translations.review")


def inputs_digest(root: Path, today: dt.date | None = None) -> str:
    """One SHA-256 over what every answer depends on besides its command: today's date, the
    code, the fonts and every input file of ``root`` (each read once)."""
    h = hashlib.sha256()
    day = (today or dt.date.today()).isoformat()
    for part in (day, code_fingerprint(), fonts_fingerprint()):
        h.update(part.encode("utf-8") + b"\0")
    for name in _input_files(Path(root)):
        try:
            data = (Path(root) / name).read_bytes()
        except OSError:
            data = b"\0absent"
        h.update(name.encode("utf-8") + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


def answer_key(command: str, inputs: str) -> str:
    """The key of ``command`` (the command line, normalised) on the :func:`inputs_digest`
    ``inputs``: a build records several answers from one reading of its inputs."""
    return hashlib.sha256(f"{command}\0{inputs}".encode()).hexdigest()


def _input_files(root: Path) -> list[str]:
    """Every file of the input folders and the state files, as paths relative to ``root``."""
    names = list(STATE_FILES)
    for folder in INPUT_FOLDERS:
        for parent, _, files in os.walk(root / folder):
            names += [(Path(parent) / f).relative_to(root).as_posix() for f in files]
    return sorted(names)


def recorded_answer(out_dir: Path, command: str, key: str, whole: bool) -> dict | None:
    """What the last build in ``out_dir`` recorded for ``command``, if its key is ``key``.

    ``whole``: only when the build folder is still exactly as that build left it (a build's
    answer lists its files). None when there is no such record.
    """
    try:
        manifest = json.loads((Path(out_dir) / MANIFEST).read_text(encoding="utf-8"))
        answer = manifest["answers"][command]
        if answer["key"] != key or not isinstance(answer["stdout"], str):
            return None
        if whole and not _as_built(Path(out_dir), manifest["files"]):
            return None
        return answer
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _as_built(out_dir: Path, files: list[dict]) -> bool:
    """Every file of the manifest is in ``out_dir`` with its recorded size and SHA-256, no
    other file is there, and no killed build left its working folder beside it (a build that
    runs removes it)."""
    if any(name.startswith(STAGING_PREFIX) for name in os.listdir(out_dir.parent)):
        return False
    expected = {entry["path"]: entry for entry in files}
    present = set()
    for parent, _, names in os.walk(out_dir):
        present |= {(Path(parent) / n).relative_to(out_dir).as_posix() for n in names}
    if present != set(expected) | {MANIFEST, MARKER}:
        return False
    for path, entry in expected.items():
        data = (out_dir / path).read_bytes()
        if len(data) != entry["size"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
            return False
    return True
