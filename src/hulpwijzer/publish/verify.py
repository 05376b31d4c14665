"""``hulpwijzer verify``: prove that the files of a build are the ones that were built and checked.

``build`` writes ``manifest.json`` with the SHA-256 of every file it wrote. :func:`verify_build`
re-reads a build folder and compares every file with the manifest: a file that was changed,
replaced, truncated or deleted afterwards is reported, and so is a file that is not in the
manifest. :func:`identify` tells which manifest entry a copy elsewhere (the file sent to the
print shop) is, by its content alone.

The manifest itself is treated as untrusted input: only paths inside the build folder are read.
No ReportLab here; this runs in a fraction of a second.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..model import Message
from .files import MARKER
from .manifest import MANIFEST

MAX_MANIFEST_BYTES = 1_000_000
SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Entry:
    path: str
    sha256: str
    size: int | None
    language: str = ""
    variant: str = ""


@dataclass
class Verified:
    """The outcome of :func:`verify_build`."""

    folder: Path
    edition: str = ""
    entries: list[Entry] = field(default_factory=list)
    matching: list[Entry] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(m.level == "error" for m in self.messages)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(folder: Path, shown: str) -> tuple[str, list[Entry], list[Message]]:
    """(edition, entries, problems) of ``folder/manifest.json``; ``shown`` names the folder."""
    where = f"{shown}/{MANIFEST}"
    path = folder / MANIFEST
    redo = "Build again with 'hulpwijzer build'; the manifest is written by the program only."

    def problem(text: str, hint: str = redo, file: str = where):
        return "", [], [Message("error", file, 0, "", text, hint)]

    if not folder.is_dir():
        return problem(
            "folder not found",
            file=shown + "/",
            hint="Run 'hulpwijzer build' first, or name the build folder with --out.",
        )
    if not path.is_file():
        return problem("not found: this folder was not written by 'hulpwijzer build'")
    if path.stat().st_size > MAX_MANIFEST_BYTES:
        return problem(f"is larger than {MAX_MANIFEST_BYTES:,} bytes: it is not a manifest")
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        line = getattr(exc, "lineno", 0)
        where_in = f", line {line}" if line else ""
        return problem(f"cannot be read ({type(exc).__name__}{where_in})")
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list):
        return problem("has no list of files")
    entries: list[Entry] = []
    problems: list[Message] = []
    seen: set[str] = set()
    for i, item in enumerate(files):
        rel = item.get("path") if isinstance(item, dict) else None
        digest = item.get("sha256") if isinstance(item, dict) else None
        size = item.get("size") if isinstance(item, dict) else None
        if not isinstance(rel, str) or not isinstance(digest, str) or not SHA256.fullmatch(digest):
            problems.append(Message("error", where, 0, "", f"entry {i + 1} is damaged", redo))
            continue
        if not _safe_relative(rel):
            problems.append(
                Message(
                    "error",
                    where,
                    0,
                    "",
                    f"entry {i + 1} names '{rel}', which is outside the build folder",
                    "The manifest was changed by hand or by another program: do not trust "
                    "this folder; build again.",
                )
            )
            continue
        if rel in seen:
            problems.append(Message("error", where, 0, "", f"'{rel}' is listed twice", redo))
            continue
        seen.add(rel)
        entries.append(
            Entry(
                rel,
                digest,
                size if isinstance(size, int) and not isinstance(size, bool) else None,
                str(item.get("language", "")),
                str(item.get("variant", "")),
            )
        )
    edition = data.get("edition") if isinstance(data.get("edition"), str) else ""
    return edition, entries, problems


def _safe_relative(rel: str) -> bool:
    """A plain relative path below the folder: no '..', no root, no drive, no backslash."""
    if not rel or "\\" in rel or ":" in rel or "\x00" in rel:
        return False
    path = PurePosixPath(rel)
    return not path.is_absolute() and ".." not in path.parts and "." not in rel.split("/")


def verify_build(out_dir: Path, shown: str | None = None) -> Verified:
    """Compare every file in ``out_dir`` with ``out_dir/manifest.json``.

    Errors: the manifest is missing or damaged, a listed file is missing, is not a plain file
    inside the folder, or has another size or SHA-256. Warning: a file that is not listed.
    """
    out_dir = Path(out_dir)
    shown = shown or out_dir.as_posix().rstrip("/")
    result = Verified(out_dir)
    result.edition, result.entries, result.messages = read_manifest(out_dir, shown)
    if not result.entries and result.messages:
        return result
    base = out_dir.resolve()
    for entry in result.entries:
        where = f"{shown}/{entry.path}"
        path = out_dir / entry.path
        if path.is_symlink() or not path.resolve().is_relative_to(base):
            result.messages.append(
                Message("error", where, 0, "", "is a link to somewhere else, not a built file")
            )
            continue
        if not path.is_file():
            result.messages.append(
                Message(
                    "error",
                    where,
                    0,
                    "",
                    "is missing",
                    "Build again; do not move or rename files inside the build folder.",
                )
            )
            continue
        size = path.stat().st_size
        if entry.size is not None and size != entry.size:
            result.messages.append(
                Message(
                    "error",
                    where,
                    0,
                    "",
                    f"has {size:,} bytes; the manifest says {entry.size:,}: it was changed "
                    "after the build",
                    "Do not send this file. Build again and check the new files.",
                )
            )
            continue
        if sha256_of(path) != entry.sha256:
            result.messages.append(
                Message(
                    "error",
                    where,
                    0,
                    "",
                    "differs from the file that was built (its SHA-256 does not match the "
                    "manifest)",
                    "Do not send this file. Build again and check the new files.",
                )
            )
            continue
        result.matching.append(entry)
    listed = {entry.path for entry in result.entries} | {MANIFEST, MARKER}
    for path in sorted(p for p in out_dir.rglob("*") if p.is_file() or p.is_symlink()):
        rel = path.relative_to(out_dir).as_posix()
        if rel not in listed:
            result.messages.append(
                Message(
                    "warning",
                    f"{shown}/{rel}",
                    0,
                    "",
                    "is not in the manifest: it was not written by this build",
                    "Delete it, or build again.",
                )
            )
    return result


def identify(path: Path, verified: Verified) -> Entry | None:
    """The manifest entry whose content ``path`` has, or None."""
    digest = sha256_of(path)
    return next((e for e in verified.entries if e.sha256 == digest), None)
