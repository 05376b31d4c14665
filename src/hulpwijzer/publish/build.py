"""Build every language and variant into ``build/``, all or nothing, in parallel, incrementally.

Files are written into a temporary folder beside ``build/``; only when every file succeeded does
it replace ``build/``. A failed or interrupted build leaves the previous ``build/`` as it was.

Incremental: ``manifest.json`` records per file what it was built from (``built_from``: the
SHA-256 of each input file, the set of languages, the fonts, the code) and one hash of all that
(``inputs``). A file whose inputs are unchanged is copied from the previous ``build/`` instead
of being rendered again (after checking it against its recorded SHA-256); ``force`` renders
everything.

Parallel: the languages are rendered in worker processes (one language's variants together, so
they share one pagination pass and the line layouts); the files are byte-identical to a serial
build, and the manifest lists them in the same order.

This module imports the renderer (ReportLab, HarfBuzz, …) only when something must be rendered,
so a rebuild with nothing changed stays quick.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import __version__
from ..load import relative_path
from ..model import Guide, InputError, Message
from ..outputs import OUTPUTS

MANIFEST = "manifest.json"
PACKAGE = Path(__file__).resolve().parent.parent
# Distributions whose code shapes the output: their versions are part of every file's inputs.
DEPENDENCIES = ("reportlab", "uharfbuzz", "babel", "qrcode", "python-bidi", "phonenumbers")


class BuildRefused(InputError):
    """The rendered guides may not replace the last build; ``messages`` say why."""


@dataclass(frozen=True)
class Output:
    path: str  # relative to the build folder, with forward slashes
    language: str
    variant: str
    pages: int
    size: int
    sha256: str
    inputs: str = ""  # SHA-256 over built_from
    built_from: dict[str, str] = field(default_factory=dict, compare=False)
    status: str = "built"  # "built" or "reused" (not written to the manifest)
    # texts that outgrow their place (key, problem, hint), found while rendering
    fit: tuple[tuple[str, str, str], ...] = field(default=(), compare=False)

    def as_json(self) -> dict:
        return {
            "path": self.path,
            "language": self.language,
            "variant": self.variant,
            "pages": self.pages,
            "size": self.size,
            "sha256": self.sha256,
            "inputs": self.inputs,
            "built_from": self.built_from,
            "fit": [list(problem) for problem in self.fit],
        }


def file_name(language: str, draft: bool = False) -> str:
    return f"hulpwijzer-{language}{'-draft' if draft else ''}.pdf"


def default_processes() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def build(
    guide: Guide,
    out_dir: Path,
    jobs: list[tuple[str, str]],
    progress: Callable[[str], None] = lambda _: None,
    drafts: frozenset[str] = frozenset(),
    notices: dict[str, tuple[str, ...]] | None = None,
    processes: int | None = None,
    force: bool = False,
    accept: Callable[[list[Output]], list[Message]] = lambda _: [],
) -> list[Output]:
    """Render ``jobs`` (language, variant) and replace ``out_dir`` with the result.

    ``drafts`` are built as marked drafts, each saying its ``notices`` lines on the back page.
    ``processes``: worker processes for rendering (default: one per core; 1: render in this
    process). ``force``: render every file, even when its inputs are unchanged. ``accept``
    looks at the outputs before they replace ``out_dir``: errors it returns stop the build
    with :class:`BuildRefused`, and ``out_dir`` stays as it was.
    """
    out_dir = Path(out_dir)
    _check_target(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".hulpwijzer-build-", dir=out_dir.parent))
    staging.chmod(0o755)
    notices = notices or {}
    try:
        previous = {} if force else _previous_files(out_dir)
        done: dict[str, Output] = {}
        todo: dict[tuple[str, str], dict[str, str]] = {}  # (language, variant): built_from

        def rel_of(language: str, variant: str) -> str:
            return f"{variant}/{file_name(language, language in drafts)}"

        for language, variant in jobs:
            rel = rel_of(language, variant)
            built_from = inputs_of(guide, language, variant, language in drafts, notices)
            digest = _digest(built_from)
            old = previous.get(rel)
            if old is not None and old.get("inputs") == digest and _reuse(out_dir, staging, old):
                done[rel] = Output(
                    rel,
                    language,
                    variant,
                    old["pages"],
                    old["size"],
                    old["sha256"],
                    digest,
                    built_from,
                    "reused",
                    _fit_of(old),
                )
                progress(f"reused {rel}")
            else:
                todo[(language, variant)] = built_from

        def store(language: str, variant: str, pdf: bytes, pages: int, fit: tuple) -> None:
            rel = rel_of(language, variant)
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(pdf)
            built_from = todo[(language, variant)]
            done[rel] = Output(
                rel,
                language,
                variant,
                pages,
                len(pdf),
                hashlib.sha256(pdf).hexdigest(),
                _digest(built_from),
                built_from,
                fit=fit,
            )
            progress(f"built  {rel}  ({pages} pages)")

        _render_all(guide, list(todo), drafts, notices, processes or default_processes(), store)
        outputs = [done[rel_of(language, variant)] for language, variant in jobs]
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
    """(language, output) for every output of every language (default: all languages)."""
    return [(lang, name) for lang in (languages or guide.languages) for name in OUTPUTS]


# --- what a file is built from ----------------------------------------------------------------


def inputs_of(
    guide: Guide,
    language: str,
    variant: str,
    draft: bool = False,
    notices: dict[str, tuple[str, ...]] | None = None,
) -> dict[str, str]:
    """What the ``variant`` file of ``language`` depends on, each as a SHA-256 or a value.

    The content files; the language's texts and the source language's (the fallback); the set
    of languages (the cover lists the others); the fonts; the code (hulpwijzer's version and
    source files, and the versions of the libraries that shape the output); for a draft, what
    its back page says about it (missing, outdated and reviewed texts: from the lock and review
    files).
    """
    source = guide.settings.source_language
    files = [guide.root / "content" / "guide.yaml", guide.root / "content" / "contacts.yaml"]
    for code in dict.fromkeys([language, source]):
        files.append(guide.translations[code].path)
    built_from = {relative_path(path, guide.root): _file_sha256(path) for path in files}
    built_from.update(
        {
            "languages": " ".join(sorted(guide.translations)),
            "variant": variant,
            "draft": "yes" if draft else "no",
            **(
                {"notice": _digest({"lines": list((notices or {}).get(language, ()))})}
                if draft
                else {}
            ),
            "fonts": fonts_fingerprint(),
            "code": code_fingerprint(),
        }
    )
    return built_from


def _digest(built_from: dict[str, str]) -> str:
    canonical = json.dumps(built_from, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


def _file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@lru_cache(maxsize=1)
def fonts_fingerprint() -> str:
    """SHA-256 over the bundled font files (names and bytes)."""
    h = hashlib.sha256()
    for path in sorted((PACKAGE / "fonts").glob("*.ttf")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """hulpwijzer's version, a SHA-256 of its source files, and the libraries' versions."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        h.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    versions = _distribution_versions()
    libraries = " ".join(f"{name}={versions.get(_normalise(name), '?')}" for name in DEPENDENCIES)
    return f"hulpwijzer {__version__}; sources {h.hexdigest()[:16]}; {libraries}"


def _normalise(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def _distribution_versions() -> dict[str, str]:
    """Installed distributions' versions from the ``*.dist-info`` folders on ``sys.path``.

    The same answer as ``importlib.metadata.version`` for installed wheels, without the cost
    of importing it (tens of milliseconds, on every rebuild).
    """
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                dist, _, version = name[: -len(".dist-info")].rpartition("-")
                found.setdefault(_normalise(dist), version)
    return found


# --- reusing files of the previous build ------------------------------------------------------


def _previous_files(out_dir: Path) -> dict[str, dict]:
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


def _fit_of(entry: dict) -> tuple[tuple[str, str, str], ...]:
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
    entry = _previous_files(out_dir).get(f"screen/{file_name(language)}")
    if entry is None or not isinstance(entry.get("fit"), list):
        return None
    if entry["inputs"] != _digest(inputs_of(guide, language, "screen")):
        return None
    return entry["pages"], _fit_of(entry)


def _reuse(out_dir: Path, staging: Path, entry: dict) -> bool:
    """Copy a previous file into ``staging`` if it is still what the manifest says."""
    try:
        data = (out_dir / entry["path"]).read_bytes()
        if hashlib.sha256(data).hexdigest() != entry["sha256"] or len(data) != entry["size"]:
            return False
        target = staging / entry["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return True
    except (OSError, KeyError, TypeError):
        return False


# --- rendering, serially or in worker processes -----------------------------------------------


def _render_all(
    guide: Guide,
    todo: list[tuple[str, str]],
    drafts: frozenset[str],
    notices: dict[str, tuple[str, ...]],
    processes: int,
    store: Callable[[str, str, bytes, int], None],
) -> None:
    """Render ``todo`` and hand every file to ``store`` (in this process, as each is done)."""
    if not todo:
        return
    by_language: dict[str, list[str]] = {}
    for language, variant in todo:
        by_language.setdefault(language, []).append(variant)
    tasks = [(language, tuple(variants)) for language, variants in by_language.items()]
    if len(tasks) < processes:  # few languages: their variants in parallel, each paginated
        tasks = [(language, (variant,)) for language, variants in tasks for variant in variants]
    workers = min(processes, len(tasks))
    if workers <= 1:
        for language, variants in tasks:
            draft = language in drafts
            for result in render_task(guide, language, variants, draft, notices.get(language, ())):
                store(language, *result)
        return

    import concurrent.futures as cf
    import multiprocessing

    # fork: the workers start with the modules, the fonts and the guide already loaded.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    pool = cf.ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(guide,)
    )
    try:
        futures = {
            pool.submit(
                _worker_task, language, variants, language in drafts, notices.get(language, ())
            ): language
            for language, variants in tasks
        }
        for future in cf.as_completed(futures):
            for result in future.result():
                store(futures[future], *result)
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def render_task(
    guide: Guide,
    language: str,
    variants: tuple[str, ...],
    draft: bool,
    notice: tuple[str, ...] = (),
) -> list[tuple[str, bytes, int, tuple]]:
    """Render the ``variants`` of one language: (variant, PDF bytes, pages, fit problems) each.

    The layout check (:func:`outputs.pdf.fit.fit_problems`) runs here, while the line layouts
    it needs are still cached from rendering.
    """
    from .. import outputs, typeset
    from ..outputs.pdf.fit import fit_problems

    try:
        results = outputs.render(guide, language, variants, draft, notice)
        fit = () if draft else tuple(fit_problems(guide, language))
    finally:
        typeset.clear_caches()  # line layouts of one language are of little use to the next
    return [(v, results[v].pdf, results[v].pages, fit) for v in variants]


_worker_guide: Guide | None = None


def _init_worker(guide: Guide) -> None:
    import signal

    from .. import typeset
    from ..outputs.pdf import render  # noqa: F401 - loaded once per worker

    global _worker_guide
    _worker_guide = guide
    # Ctrl-C reaches the whole process group: the main process stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    typeset.register_fonts()


def _worker_task(
    language: str, variants: tuple[str, ...], draft: bool, notice: tuple[str, ...]
) -> list[tuple[str, bytes, int, tuple]]:
    assert _worker_guide is not None
    return render_task(_worker_guide, language, variants, draft, notice)


def _stop(pool) -> None:
    """Stop the workers at once (a failure or Ctrl-C): their results are not wanted."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


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
