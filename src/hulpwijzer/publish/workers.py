"""Render the files a build needs, in this process or in worker processes.

One language's variants are rendered together, so they share one pagination pass and the line
layouts; with fewer languages than cores, each variant gets its own worker. The files are
byte-identical to a serial build. The renderer (ReportLab, HarfBuzz, …) is imported only here
and only when something must be rendered, so a rebuild with nothing changed stays quick.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

from ..model import Guide
from ..outputs import OUTPUTS
from .folders import alive

# (variant, PDF bytes, pages, texts that outgrow their place, the print shop's preflight findings)
# of one rendered file
RenderedFile = tuple[str, bytes, int, tuple, tuple]
# Python's cycle collector while rendering: a first pass after this many new objects, not after
# 700 (see _fewer_collections)
RENDER_GC_THRESHOLDS = (20_000, 10, 10)


def default_processes() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def render_all(
    guide: Guide,
    todo: list[tuple[str, str]],
    drafts: Mapping[str, tuple[str, ...]],
    processes: int,
    store: Callable[[str, str, bytes, int, tuple, tuple], None],
    meanwhile: Callable[[], None] = lambda: None,
) -> None:
    """Render ``todo`` (language, variant) and hand every file to ``store`` as each is done.

    ``drafts``: the languages to render as marked drafts, with the lines of their notice.
    ``store`` is called in this process, with (language, variant, PDF bytes, pages, fit,
    preflight findings). ``meanwhile`` runs in this process while the workers render (before
    any file is stored; without workers, before rendering): what it raises stops them.
    """
    if not todo:
        meanwhile()
        return
    by_language: dict[str, list[str]] = {}
    for language, variant in todo:
        by_language.setdefault(language, []).append(variant)
    tasks = [(language, tuple(variants)) for language, variants in by_language.items()]
    if len(tasks) < processes:  # few languages: their variants in parallel, each paginated
        tasks = [(language, group) for language, variants in tasks for group in _apart(variants)]
    workers = min(processes, len(tasks))
    if workers <= 1:
        meanwhile()
        for language, variants in tasks:
            draft, notice = language in drafts, drafts.get(language, ())
            for result in render_task(guide, language, variants, draft, notice):
                store(language, *result)
        return
    _render_in_workers(guide, tasks, drafts, workers, store, meanwhile)


def _apart(variants: list[str]) -> list[tuple[str, ...]]:
    """The variants of one language in groups that can be rendered apart: an output made from
    another (the proof, from the print file) stays with it, so that it is not rendered twice."""
    groups: dict[str, list[str]] = {}
    for variant in variants:
        groups.setdefault(OUTPUTS[variant].made_from or variant, []).append(variant)
    return [tuple(group) for group in groups.values()]


def _render_in_workers(
    guide: Guide,
    tasks: list[tuple[str, tuple[str, ...]]],
    drafts: Mapping[str, tuple[str, ...]],
    workers: int,
    store: Callable[[str, str, bytes, int, tuple, tuple], None],
    meanwhile: Callable[[], None],
) -> None:
    """Render ``tasks`` in a pool of ``workers`` processes, run ``meanwhile`` here as they
    start; stop them all on a failure."""
    import concurrent.futures as cf
    import multiprocessing

    # fork: the workers start with the modules, the fonts and the guide already loaded, once
    # here rather than in each worker (on 2 cores, two workers importing ReportLab at once take
    # as long as this process alone, and twice the CPU)
    fork = sys.platform == "linux"
    if fork:
        _load_renderers()
    context = multiprocessing.get_context("fork" if fork else None)
    pool = cf.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(guide, os.getpid()),
    )
    try:
        futures = {
            pool.submit(
                _worker_task, language, variants, language in drafts, drafts.get(language, ())
            ): language
            for language, variants in tasks
        }
        meanwhile()
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
) -> list[RenderedFile]:
    """Render the ``variants`` of one language: (variant, PDF bytes, pages, fit problems,
    preflight findings) each.

    The layout check (:func:`outputs.pdf.fit.fit_problems`) runs here for the PDFs, while the
    line layouts it needs are still cached from rendering; so does the print shop's preflight of
    a print file (PDF/X), in the worker rather than after all files (their messages name the
    file as ``""``: the caller knows its path).
    """
    from .. import outputs, typeset

    with _fewer_collections():
        try:
            results = outputs.render(guide, language, variants, draft, notice)
            fit: tuple = ()
            if not draft and any(outputs.OUTPUTS[v].renderer == "pdf" for v in variants):
                from ..outputs.pdf.fit import fit_problems

                fit = tuple(fit_problems(guide, language))
        finally:
            typeset.clear_caches()  # line layouts of one language are of little use to the next
        return [
            (v, results[v].pdf, results[v].pages, fit, _preflight(v, results[v])) for v in variants
        ]


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run Python's cycle collector less often while rendering. A render makes millions of
    small objects that live until its file is written (glyph data, line layouts, PDF
    objects); at the default pace the collector went through all of them again and again:
    15 % of a worker's CPU time for a language of 1,000 contacts."""
    before = gc.get_threshold()
    gc.set_threshold(*RENDER_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _preflight(variant: str, rendered) -> tuple:
    """The print shop's preflight findings of a file for the print shop; () for the others."""
    if not OUTPUTS[variant].pdfx:
        return ()
    from ..outputs.pdf.preflight import preflight  # pikepdf, pdfium: only for print files

    return tuple(preflight(rendered.pdf, "", OUTPUTS[variant].booklet_pages).messages)


_worker_guide: Guide | None = None


def _init_worker(guide: Guide, build: int) -> None:
    """Start a worker: end with the build, process ``build`` (:func:`_watch_parent`), keep the
    guide, load the renderer and the fonts once, ignore Ctrl-C."""
    import signal

    _watch_parent(build)

    global _worker_guide
    _worker_guide = guide
    # Ctrl-C reaches the whole process group: the main process stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the build's handler (cli)
    _load_renderers()


def _load_renderers() -> None:
    """Import the renderers and the preflight, and register the fonts (each once per process)."""
    import importlib

    from .. import typeset
    from ..outputs import RENDERERS
    from ..outputs.pdf import preflight  # noqa: F401 - the print files' preflight

    for module in RENDERERS.values():
        importlib.import_module(module)
    typeset.register_fonts()


def _watch_parent(parent: int, every: float = 0.25) -> None:
    """End this worker as soon as the build that started it, process ``parent``, is gone
    (``kill -9``, a crash; also before this worker was ready): a worker must never outlive its
    build, blocked for good and holding the caller's pipe."""
    import threading
    import time

    def watch() -> None:
        while True:
            time.sleep(every)
            # the build died: on POSIX this worker now has another parent; Windows keeps the id
            if os.getppid() != parent or (sys.platform == "win32" and not alive(parent)):
                os._exit(1)

    threading.Thread(target=watch, name="hulpwijzer-watch-parent", daemon=True).start()


def _worker_task(
    language: str, variants: tuple[str, ...], draft: bool, notice: tuple[str, ...]
) -> list[RenderedFile]:
    assert _worker_guide is not None
    return render_task(_worker_guide, language, variants, draft, notice)


def _stop(pool) -> None:
    """Stop the workers at once (a failure or Ctrl-C): their results are not wanted."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)
