"""What a built file depends on, so that a rebuild can tell which files are still right.

Every input that changes a file is in its fingerprint: the content files, the language's texts
and the source language's (the fallback), the complete languages (the cover names them), the
fonts, the code (hulpwijzer's sources and the versions of the libraries and of Python that shape
the output) and, for a draft, what its back page says about it. A file whose fingerprint is
unchanged is reused as it was.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from ..load import relative_path
from ..model import Guide
from ..outputs import ALL_LANGUAGES
from ..texts import complete_languages
from .digests import code_fingerprint, digest, fonts_fingerprint


def inputs_of(
    guide: Guide,
    language: str,
    variant: str,
    draft: bool = False,
    notice: tuple[str, ...] = (),
    complete: list[str] | None = None,
) -> dict[str, str]:
    """What the ``variant`` file of ``language`` depends on, each as a SHA-256 or a value.

    The content files; the language's texts and the source language's (the fallback); the
    complete languages (the cover names the others: a language that becomes complete changes
    every cover, though no file of theirs changed); the fonts; the code; for a draft, the
    ``notice`` lines its back page says (missing, outdated and not reviewed texts, from the
    lock and review files). A file of every language (:data:`ALL_LANGUAGES`) depends on the
    texts of every complete language. ``complete``: :func:`complete_languages`, when the caller
    has them already (a build plans every file of every language).
    """
    source = guide.settings.source_language
    files = [guide.root / "content" / "guide.yaml", guide.root / "content" / "contacts.yaml"]
    complete = complete_languages(guide) if complete is None else complete
    shown = complete if language == ALL_LANGUAGES else [language]
    for code in dict.fromkeys([*shown, source]):
        files.append(guide.translations[code].path)
    built_from = {relative_path(path, guide.root): _file_sha256(path) for path in files}
    built_from.update(
        {
            "languages": " ".join(sorted(complete)),
            "variant": variant,
            "draft": "yes" if draft else "no",
            **({"notice": digest({"lines": list(notice)})} if draft else {}),
            "fonts": fonts_fingerprint(),
            "code": code_fingerprint(),
        }
    )
    return built_from


def site_inputs(guide: Guide, languages: list[str], name: str) -> dict[str, str]:
    """What a file of the whole web edition depends on (the language choice, the open data):
    the content files, the texts of every language it names, those languages and the code."""
    files = [guide.root / "content" / "guide.yaml", guide.root / "content" / "contacts.yaml"]
    codes = dict.fromkeys([guide.settings.source_language, *languages])
    files += [guide.translations[code].path for code in codes]
    built_from = {relative_path(path, guide.root): _file_sha256(path) for path in files}
    built_from.update(
        {"languages": " ".join(languages), "variant": name, "code": code_fingerprint()}
    )
    return built_from


def _file_sha256(path: Path) -> str:
    stat = os.stat(path)
    return _sha256_of(str(path), stat.st_mtime_ns, stat.st_size, stat.st_ino)


@lru_cache(maxsize=256)
def _sha256_of(path: str, mtime_ns: int, size: int, inode: int) -> str:
    """The SHA-256 of a file, remembered during one build (which asks for contacts.yaml once
    per file it plans): :func:`forget_files` at its start."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def forget_files() -> None:
    """Hash every file again from now on (a new build: its files may have changed)."""
    _sha256_of.cache_clear()
