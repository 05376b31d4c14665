"""Build every language and variant into ``build/``, all or nothing, in parallel, incrementally.

:func:`build` runs one pipeline: plan the jobs with their fingerprints (:mod:`.fingerprint`),
reuse each file whose inputs are unchanged from the previous build or render it
(:mod:`.manifest`, :mod:`.workers`), write the manifest, let the caller accept the result, and
replace ``build/``. Files are written into a working folder beside ``build/``; only when every
file succeeded and the result was accepted does it take the place of ``build/``, in one atomic
step (:mod:`.folders`). A failed, refused, interrupted or killed build leaves the previous
``build/`` as it was; one build at a time writes a folder (a lock file beside it).

A build only ever replaces a folder that it wrote itself: the marker file ``.hulpwijzer-output``
(:mod:`.files`) names every file of the build; a folder holding any other file is refused.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..model import Guide, InputError, Message
from ..outputs import ALL_LANGUAGES, OUTPUTS
from ..texts import complete_languages
from . import files, folders
from .fingerprint import forget_files, inputs_of
from .manifest import (
    MANIFEST,
    Job,
    Output,
    keep_previous,
    previous_files,
    reuse,
    write_manifest,
    write_rendered,
)
from .site import site_files
from .workers import default_processes, render_all


class BuildRefused(InputError):
    """The rendered guides may not replace the last build; ``messages`` say why."""


def _accept_all(outputs: list[Output], folder: Path) -> list[Message]:
    return []


def _say_nothing(line: str) -> None:
    pass


def _no_answers(outputs: list[Output]) -> dict:
    return {}


def _nothing() -> None:
    pass


@dataclass(frozen=True)
class BuildOptions:
    """How :func:`build` works; by default every job is a guide and unchanged files are reused.

    ``drafts``: languages to build as marked drafts, each with the lines its back page says.
    ``processes``: worker processes for rendering (None: one per core; 1: in this process).
    ``force``: render every file, even when its inputs are unchanged. ``accept`` looks at the
    outputs (and their files, in the folder it is given) before they replace the build folder:
    errors it returns refuse them. ``progress`` is told every file as it is done. ``keep``:
    languages not rendered now whose files in the previous build are kept as they were
    (``build --language``). ``answers`` gives, from the outputs, what the manifest records for
    commands to answer again while nothing changes (:mod:`.unchanged`). ``meanwhile`` runs in
    this process while the workers render (the check); an exception it raises stops the build.
    """

    drafts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    processes: int | None = None
    force: bool = False
    accept: Callable[[list[Output], Path], list[Message]] = _accept_all
    progress: Callable[[str], None] = _say_nothing
    keep: tuple[str, ...] = ()  # languages whose previous files are kept as they were
    answers: Callable[[list[Output]], dict] = _no_answers
    meanwhile: Callable[[], None] = _nothing


def build(
    guide: Guide,
    out_dir: Path,
    jobs: list[tuple[str, str]],
    options: BuildOptions | None = None,
) -> list[Output]:
    """Make the files of ``jobs`` (language, variant) and replace ``out_dir`` with them.

    Raises :class:`BuildRefused` when ``out_dir`` is not a build folder or ``options.accept``
    finds errors; ``out_dir`` then stays as it was.
    """
    options = options or BuildOptions()
    forget_files()
    target = _target(Path(out_dir))
    with folders.locked(target, lambda who: options.progress(_waiting(out_dir, who))):
        folders.clean_up(target)
        _check_target(Path(out_dir), target)
        staging = folders.staging_folder(target)
        try:
            complete = complete_languages(guide)
            planned = [_plan(guide, code, variant, options, complete) for code, variant in jobs]
            outputs = _reuse_or_render(guide, planned, target, staging, options)
            outputs += _keep(target, staging, options)
            outputs += site_files(guide, outputs, target, staging, options.force, options.progress)
            write_manifest(staging, guide, outputs, options.answers(outputs))
            owned = [MANIFEST] + [output.path for output in outputs]
            files.write_text(staging / files.MARKER, files.marker_text("build", owned))
            refusals = [m for m in options.accept(outputs, staging) if m.level == "error"]
            if refusals:
                raise BuildRefused(refusals)
            old = folders.swap(staging, target)
        except BaseException:
            folders.remove(staging)
            raise
        folders.remove(old)
    return outputs


def _target(out_dir: Path) -> Path:
    """The folder that is replaced: ``out_dir``, or where it leads if it is a symbolic link (the
    link stays, the folder it points to is replaced)."""
    if out_dir.is_symlink():
        try:
            return out_dir.resolve(strict=False)
        except (OSError, RuntimeError):  # a link that leads to itself: _check_target says so
            return out_dir
    return out_dir


def _waiting(out_dir: Path, who: str) -> str:
    return f"waiting: another build ({who}) is writing {out_dir}/; this one continues after it"


def all_jobs(guide: Guide, languages: list[str] | None = None) -> list[tuple[str, str]]:
    """(language, output) for every output of every language (default: all languages), then
    each output of every language once (:data:`ALL_LANGUAGES`: the poster, a card)."""
    codes = languages or guide.languages
    jobs = [(lang, name) for lang in codes for name, o in OUTPUTS.items() if not o.multilingual]
    return jobs + [(ALL_LANGUAGES, name) for name, o in OUTPUTS.items() if o.multilingual]


def _plan(
    guide: Guide, language: str, variant: str, options: BuildOptions, complete: list[str]
) -> Job:
    """The job of one file, with everything it is built from (``complete``: the complete
    languages)."""
    draft = language in options.drafts
    notice = options.drafts.get(language, ())
    built_from = inputs_of(guide, language, variant, draft, notice, complete)
    return Job(language, variant, draft, built_from, edition=guide.settings.edition.isoformat())


def _reuse_or_render(
    guide: Guide, planned: list[Job], out_dir: Path, staging: Path, options: BuildOptions
) -> list[Output]:
    """Each job's file in ``staging``: copied from ``out_dir`` if unchanged, else rendered.

    The outputs come in the order of ``planned``, however the workers finish.
    """
    previous = {} if options.force else previous_files(out_dir)
    done: dict[str, Output] = {}
    todo: dict[tuple[str, str], Job] = {}
    for job in planned:
        reused = reuse(job, previous, out_dir, staging)
        if reused is None:
            todo[(job.language, job.variant)] = job
            continue
        done[job.path] = reused
        options.progress(f"reused {job.path}")

    def store(language: str, variant: str, pdf: bytes, pages: int, fit: tuple, found) -> None:
        job = todo[(language, variant)]
        named = tuple(replace(m, file=job.path) for m in found)
        done[job.path] = write_rendered(staging, job, pdf, pages, fit, named)
        options.progress(f"built  {job.path}  ({pages} pages)")

    processes = options.processes or default_processes()
    render_all(guide, list(todo), options.drafts, processes, store, options.meanwhile)
    return [done[job.path] for job in planned]


def _keep(out_dir: Path, staging: Path, options: BuildOptions) -> list[Output]:
    """The previous build's files of ``options.keep``, copied unchanged into ``staging``."""
    if not options.keep:
        return []
    try:
        kept = keep_previous(out_dir, staging, list(options.keep))
    except ValueError as exc:
        raise BuildRefused(
            [
                Message(
                    "error",
                    f"{out_dir.as_posix()}/{exc}",
                    0,
                    "",
                    "is missing or changed since the last build, so it cannot be kept",
                    "Build all languages (hulpwijzer build) instead of only some.",
                )
            ]
        ) from None
    for output in kept:
        options.progress(f"kept   {output.path}")
    return kept


def _check_target(out_dir: Path, target: Path) -> None:
    """Refuse to replace a folder that hulpwijzer did not write (``--out content``, ``--out .``,
    a web app's folder): only a folder whose every file an earlier build wrote is replaced."""
    problem, hint = None, ""
    resolved = _resolved(target)
    if resolved is None:
        problem = "is a symbolic link that leads to itself (a loop)"
    elif resolved == resolved.parent or out_dir.name in ("", ".", ".."):
        problem = "is not a folder a build can be written to"
    elif target.exists() and not target.is_dir():
        problem = "exists and is not a folder"
    elif target.is_dir():
        foreign = files.foreign_files(target, _owned(target))
        if foreign:
            problem = files.holds_foreign(foreign) + ": it is not an earlier build"
        elif not os.access(target, os.W_OK):
            problem = "is read-only, so the build does not replace it"
            hint = "Make the folder writable again, or build into another folder with --out."
    if problem:
        raise BuildRefused(
            [
                Message(
                    "error",
                    out_dir.as_posix(),
                    0,
                    "",
                    problem,
                    hint
                    or "Build into an empty or new folder, or into an earlier build (the default "
                    "is build/).",
                )
            ]
        )


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve(strict=False)
    except (OSError, RuntimeError):
        return None


def _owned(folder: Path) -> set[str]:
    """The files of ``folder`` that an earlier build wrote: its marker says which. A build of
    an older version (no marker) is recognised by its manifest: every file it lists."""
    owned = files.marked_files(folder, "build")
    if owned is not None:
        return owned
    previous = previous_files(folder)
    return ({MANIFEST} | set(previous)) if previous else set()
