"""Build every language and variant into ``build/``, all or nothing.

Files are written into a temporary folder beside ``build/``; only when every file succeeded does
it replace ``build/``. A failed or interrupted build leaves the previous ``build/`` as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .model import Guide, Message
from .render import VARIANTS, render

MANIFEST = "manifest.json"


class BuildRefused(Exception):
    """The rendered guides may not replace the last build; ``messages`` say why."""

    def __init__(self, messages: list[Message]):
        super().__init__(f"{len(messages)} problem(s)")
        self.messages = messages


@dataclass(frozen=True)
class Output:
    path: str  # relative to the build folder, with forward slashes
    language: str
    variant: str
    pages: int
    size: int
    sha256: str

    def as_json(self) -> dict:
        return {
            "path": self.path,
            "language": self.language,
            "variant": self.variant,
            "pages": self.pages,
            "size": self.size,
            "sha256": self.sha256,
        }


def file_name(language: str, draft: bool = False) -> str:
    return f"hulpwijzer-{language}{'-draft' if draft else ''}.pdf"


def build(
    guide: Guide,
    out_dir: Path,
    jobs: list[tuple[str, str]],
    progress: Callable[[str], None] = lambda _: None,
    drafts: frozenset[str] = frozenset(),
    accept: Callable[[list[Output]], list[Message]] = lambda _: [],
) -> list[Output]:
    """Render ``jobs`` (language, variant) and replace ``out_dir`` with the result.

    ``accept`` looks at the rendered outputs before they replace ``out_dir``: errors it returns
    stop the build with :class:`BuildRefused`, and ``out_dir`` stays as it was.
    """
    out_dir = Path(out_dir)
    _check_target(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".hulpwijzer-build-", dir=out_dir.parent))
    staging.chmod(0o755)
    try:
        outputs = []
        for language, variant in jobs:
            progress(f"{language} {variant}")
            result = render(guide, language, variant, draft=language in drafts)
            rel = f"{variant}/{file_name(language, language in drafts)}"
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(result.pdf)
            outputs.append(
                Output(
                    rel,
                    language,
                    variant,
                    result.pages,
                    len(result.pdf),
                    hashlib.sha256(result.pdf).hexdigest(),
                )
            )
        manifest = {
            "edition": guide.settings.edition.isoformat(),
            "files": [o.as_json() for o in outputs],
        }
        (staging / MANIFEST).write_text(
            json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        refusals = [m for m in accept(outputs) if m.level == "error"]
        if refusals:
            raise BuildRefused(refusals)
        _replace(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return outputs


def all_jobs(guide: Guide, languages: list[str] | None = None) -> list[tuple[str, str]]:
    return [(lang, variant) for lang in (languages or guide.languages) for variant in VARIANTS]


def _replace(staging: Path, out_dir: Path) -> None:
    old = None
    if out_dir.exists():
        old = out_dir.with_name(staging.name + "-old")
        os.replace(out_dir, old)
    try:
        os.replace(staging, out_dir)
    except BaseException:
        if old is not None:
            os.replace(old, out_dir)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _check_target(out_dir: Path) -> None:
    """Refuse to replace a folder that is not an earlier build (``--out content``, ``--out .``)."""
    resolved = out_dir.resolve()
    problem = None
    if resolved == resolved.parent or out_dir.name in ("", ".", ".."):
        problem = "is not a folder a build can be written to"
    elif out_dir.exists() and not out_dir.is_dir():
        problem = "exists and is not a folder"
    elif out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / MANIFEST).is_file():
        problem = "holds files but no manifest.json: it is not an earlier build, so it stays"
    if problem:
        raise BuildRefused(
            [
                Message(
                    "error",
                    out_dir.as_posix(),
                    0,
                    "",
                    problem,
                    "Build into an empty or new folder, or into an earlier build (the default "
                    "is build/).",
                )
            ]
        )
