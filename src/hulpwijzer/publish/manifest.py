"""The files of a build folder and ``manifest.json``, the record of what each was built from.

``manifest.json`` lists per file its path, language, variant, pages, size and SHA-256 (a print
file also its ``binding`` side and its ``pdfx`` standard), what it
was built from (``built_from``, see :mod:`.fingerprint`) with one hash of all that (``inputs``),
and the texts the layout check found too long (``fit``). The next build reuses a file whose
inputs are unchanged, after checking it against its recorded SHA-256; ``check`` takes the
layout findings of a language from it instead of laying the language out again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..languages import binding
from ..model import Guide
from ..outputs import ALL_LANGUAGES, OUTPUTS
from .fingerprint import digest, inputs_of
from .names import MANIFEST

Fit = tuple[tuple[str, str, str], ...]  # texts that outgrow their place: (key, problem, hint)


@dataclass(frozen=True)
class Output:
    """A file of the build: built now or reused from the previous build, as the manifest says."""

    path: str  # relative to the build folder, with forward slashes
    language: str
    variant: str
    pages: int
    size: int
    sha256: str
    inputs: str = ""  # SHA-256 over built_from
    built_from: dict[str, str] = field(default_factory=dict, compare=False)
    status: str = "built"  # "built", "reused" or "kept" (not written to the manifest)
    # texts that outgrow their place (key, problem, hint), found while rendering
    fit: Fit = field(default=(), compare=False)
    # the print shop's preflight findings (Messages) of a file rendered now (not in the manifest)
    found: tuple = field(default=(), compare=False)

    def as_json(self) -> dict:
        """The file's entry in ``manifest.json``; a print file says its binding side (``left``
        or ``right``, from the language's direction) and its PDF/X standard."""
        entry = {
            "path": self.path,
            "language": self.language,
            "variant": self.variant,
            "pages": self.pages,
            "size": self.size,
            "sha256": self.sha256,
        }
        kind = OUTPUTS.get(self.variant)
        if kind is not None and kind.bound:
            entry["binding"] = binding(self.language)
        if kind is not None and kind.pdfx:
            entry["pdfx"] = kind.pdfx
        return entry | {
            "inputs": self.inputs,
            "built_from": self.built_from,
            "fit": [list(problem) for problem in self.fit],
        }


@dataclass(frozen=True)
class Job:
    """One file to make: where it goes in the build folder and what it is built from."""

    language: str
    variant: str
    draft: bool
    built_from: dict[str, str]
    edition: str = ""  # in the print files' names, so that the print shop sees which edition
    file: str = ""  # the path of a file of no single output (site/index.html); else derived

    @property
    def path(self) -> str:
        """Relative to the build folder, with forward slashes:
        ``print/hulpwijzer-tr-2026-11-24.pdf`` (with the edition), ``screen/hulpwijzer-tr.pdf``."""
        return self.file or OUTPUTS[self.variant].path_for(self.language, self.draft, self.edition)

    @property
    def inputs(self) -> str:
        return digest(self.built_from)

    def output(
        self, pages: int, size: int, sha256: str, status: str, fit: Fit, found: tuple = ()
    ) -> Output:
        """The file made for this job, as the manifest records it (``found``: its preflight
        findings, when it was rendered now)."""
        return Output(
            path=self.path,
            language=self.language,
            variant=self.variant,
            pages=pages,
            size=size,
            sha256=sha256,
            inputs=self.inputs,
            built_from=self.built_from,
            status=status,
            fit=fit,
            found=found,
        )


def write_rendered(
    staging: Path, job: Job, pdf: bytes, pages: int, fit: Fit, found: tuple = ()
) -> Output:
    """Write a file rendered for ``job`` into ``staging``; its entry for the manifest."""
    target = staging / job.path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(pdf)
    return job.output(pages, len(pdf), hashlib.sha256(pdf).hexdigest(), "built", fit, found)


def reuse(job: Job, previous: dict[str, dict], out_dir: Path, staging: Path) -> Output | None:
    """Copy the previous build's file for ``job`` into ``staging`` if it is still right.

    Still right: built from the same inputs, and still the bytes the manifest recorded (a file
    changed after the build is rendered again). None when it must be rendered.
    """
    entry = previous.get(job.path)
    if entry is None or entry["inputs"] != job.inputs:
        return None
    try:
        data = (out_dir / job.path).read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != entry["sha256"] or len(data) != entry["size"]:
        return None
    target = staging / job.path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return job.output(entry["pages"], entry["size"], entry["sha256"], "reused", fit_of(entry))


def keep_previous(out_dir: Path, staging: Path, languages: list[str]) -> list[Output]:
    """Copy the previous build's files of ``languages`` into ``staging`` as they were.

    Raises ValueError naming a file that is gone or changed since that build: it cannot be kept.
    """
    kept = []
    for path, entry in sorted(previous_files(out_dir).items()):
        if entry.get("language") not in languages or "draft" in path:
            continue
        try:
            data = (out_dir / path).read_bytes()
        except OSError:
            data = b""
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise ValueError(path)
        target = staging / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        built_from = entry.get("built_from")
        kept.append(
            Output(
                path=path,
                language=entry["language"],
                variant=str(entry.get("variant", "")),
                pages=entry["pages"],
                size=entry["size"],
                sha256=entry["sha256"],
                inputs=entry["inputs"],
                built_from=built_from if isinstance(built_from, dict) else {},
                status="kept",
                fit=fit_of(entry),
            )
        )
    return kept


def previous_languages(out_dir: Path) -> list[str]:
    """The languages the previous build in ``out_dir`` holds guides of (drafts are elsewhere)."""
    found = [
        entry.get("language")
        for path, entry in previous_files(out_dir).items()
        if "draft" not in path
        and isinstance(entry.get("language"), str)
        and entry.get("language") != ALL_LANGUAGES
    ]
    return list(dict.fromkeys(found))


def write_manifest(
    staging: Path, guide: Guide, outputs: list[Output], answers: dict | None = None
) -> None:
    """Write ``manifest.json`` into ``staging``: the edition, every file's entry and the
    ``answers`` of commands while nothing changes (:mod:`.unchanged`)."""
    manifest = {
        "edition": guide.settings.edition.isoformat(),
        "files": [output.as_json() for output in outputs],
        "answers": answers or {},
    }
    (staging / MANIFEST).write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def previous_files(out_dir: Path) -> dict[str, dict]:
    """The previous manifest's entries by path; empty if there is none or it cannot be read."""
    try:
        manifest = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        return {
            entry["path"]: entry
            for entry in manifest["files"]
            if isinstance(entry.get("inputs"), str)
            and isinstance(entry.get("sha256"), str)
            and isinstance(entry.get("pages"), int)
            and isinstance(entry.get("size"), int)
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def fit_of(entry: dict) -> Fit:
    """The layout check's findings recorded with a manifest entry (none if malformed)."""
    found = entry.get("fit")
    if not isinstance(found, list) or not all(
        isinstance(p, list) and len(p) == 3 and all(isinstance(x, str) for x in p) for p in found
    ):
        return ()
    return tuple(tuple(p) for p in found)


def recorded_layout(guide: Guide, language: str, out_dir: Path | None = None):
    """(pages, fit problems) of ``language`` from the last build, if its inputs are unchanged.

    ``check`` uses it to skip laying out a language that ``build`` laid out from the very same
    inputs; None when there is no such build.
    """
    out_dir = out_dir or guide.root / "build"
    entry = previous_files(out_dir).get(OUTPUTS["screen"].path_for(language))
    if entry is None or not isinstance(entry.get("fit"), list):
        return None
    if entry["inputs"] != digest(inputs_of(guide, language, "screen")):
        return None
    return entry["pages"], fit_of(entry)
