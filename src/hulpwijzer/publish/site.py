"""The files of the web edition beyond each language's page, made while a build is staged.

``build/site/`` must work when it alone is uploaded (or opened from a USB stick), so it holds
copies of each language's PDFs beside its page (``site/<code>/hulpwijzer-<code>.pdf`` and
``…-print.pdf``) rather than links into ``../print/``; the language choice
(``site/index.html``) and the open data (``site/data/hulpwijzer.json``) are rendered here, or
reused from the previous build when nothing they are made from has changed. Every file is in
the manifest with its SHA-256 (variant ``web``; the language ``mul`` for the files of every
language).
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

from ..model import Guide
from ..outputs.html.site import DATA, SITE, pdf_name
from .fingerprint import site_inputs
from .manifest import ALL_LANGUAGES, Job, Output, previous_files, reuse


def site_files(
    guide: Guide,
    outputs: list[Output],
    out_dir: Path,
    staging: Path,
    force: bool = False,
    progress: Callable[[str], None] = lambda _: None,
) -> list[Output]:
    """Add the PDF copies, the language choice and the open data to ``staging/site/``, when
    the build has web pages; their entries for the manifest."""
    languages = list(
        dict.fromkeys(
            o.language for o in outputs if o.variant == "web" and o.language != ALL_LANGUAGES
        )
    )
    if not languages:
        return []
    present = {o.path for o in outputs}  # a language kept from the last build has its copies
    added = [
        _copy(o, staging)
        for o in outputs
        if o.variant in ("print", "screen", "large-print")
        and o.language in languages
        and _copy_path(o) not in present
    ]
    previous = {} if force else previous_files(out_dir)
    for file, make in ((f"{SITE}/index.html", _index), (f"{SITE}/{DATA}", _data)):
        job = Job(ALL_LANGUAGES, "web", False, site_inputs(guide, languages, file), file=file)
        done = reuse(job, previous, out_dir, staging)
        if done is None:
            data = make(guide, languages)
            target = staging / file
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            done = job.output(1, len(data), hashlib.sha256(data).hexdigest(), "built", ())
            progress(f"built  {file}")
        else:
            progress(f"reused {file}")
        added.append(done)
    return added


def _copy_path(pdf: Output) -> str:
    """Where the copy of a built PDF goes: beside its language's page."""
    return f"{SITE}/{pdf.language}/{pdf_name(pdf.language, pdf.variant)}"


def _copy(pdf: Output, staging: Path) -> Output:
    """A copy of a built PDF beside its language's page; the same bytes and inputs."""
    path = _copy_path(pdf)
    target = staging / path
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(staging / pdf.path, target)
    return Output(
        path=path,
        language=pdf.language,
        variant="web",
        pages=pdf.pages,
        size=pdf.size,
        sha256=pdf.sha256,
        inputs=pdf.inputs,
        built_from=pdf.built_from,
        status=pdf.status,
    )


def _index(guide: Guide, languages: list[str]) -> bytes:
    from ..outputs.html.site import index_page

    return index_page(guide, languages)


def _data(guide: Guide, languages: list[str]) -> bytes:
    from ..outputs.html.opendata import hsds

    return hsds(guide)
