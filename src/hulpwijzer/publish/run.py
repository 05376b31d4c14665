"""The pipelines behind ``hulpwijzer check`` and ``hulpwijzer build``, with their policy.

The command line only parses and prints; what is read, checked, held back, built as a draft or
refused is decided here:

- :func:`check_guide` reads the lock and the layout findings (from the last build where its
  inputs are unchanged, else by laying the language out) and hands them to the pure checks.
- :func:`build_guides` takes the plan of :mod:`.plan` (an incomplete language is held back, not
  an error; so is a language whose script the fonts cannot print; one the previous build had
  stops the build unless fewer languages are allowed, and languages not asked for keep their
  previous files), runs the checks, stops on an error that is not unfinished work or such a
  script, builds the drafts for review and the guides, and refuses the result when laying it
  out found an error or the print shop's preflight finds a defect in a print file rendered now.
- :func:`preflight_files` runs that preflight on any PDFs (default: the print files of a build).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..check import Layout, Report, fit_messages, validate
from ..check.fit import script_message
from ..check.status import language_status
from ..compose.draft import draft_notice
from ..load.spelling import load_spelling
from ..load.states import read_lock, read_states
from ..model import Guide, InputError, Message
from ..outputs import OUTPUTS
from ..texts import untranslated_keys
from .build import BuildOptions, BuildRefused, all_jobs, build
from .manifest import MANIFEST, Output, previous_files, previous_languages, recorded_layout
from .plan import BuildPlan

REVIEW_FOLDER = "review"
__all__ = ["build_guides", "check_guide", "previous_languages"]


def check_guide(
    guide: Guide,
    today: dt.date | None = None,
    layout: bool = True,
    languages: list[str] | None = None,
    spelling: bool = False,
) -> Report:
    """Check ``guide`` with its lock file and (``layout``) what laying out ``languages`` (all
    when None) finds; with ``spelling``, also the spelling of those languages (loading the
    dictionaries takes seconds; raises :class:`~hulpwijzer.load.spelling.SpellingUnavailable`
    when they are not installed)."""
    found: list[Message] = []
    try:
        lock = read_lock(guide.root)
    except InputError as exc:
        found, lock = exc.messages, None
    layouts = layout_findings(guide, languages or guide.languages) if layout else None
    spellers = load_spelling(guide.root, languages or guide.languages) if spelling else None
    return validate(guide, today, lock, layouts, found, spellers)


def layout_findings(
    guide: Guide, languages: list[str], out_dir: Path | None = None
) -> dict[str, Layout]:
    """Per language: its page count and the texts that outgrow their place.

    A language the last build laid out from the very same inputs takes its findings from
    ``build/manifest.json``; the others are laid out here (which imports ReportLab).
    """
    found = {}
    for code in languages:
        recorded = recorded_layout(guide, code, out_dir)
        if recorded is not None:
            found[code] = Layout(*recorded)
            continue
        from ..outputs.pdf import render
        from ..outputs.pdf.fit import fit_problems

        problems = tuple(fit_problems(guide, code))
        pages = render.render(guide, code, "screen", draft=True).pages
        found[code] = Layout(pages, problems)
    return found


def draft_notices(guide: Guide, languages: list[str]) -> dict[str, tuple[str, ...]]:
    """What the back page of each draft says: missing, outdated and not reviewed texts."""
    if not languages:
        return {}
    states = read_states(guide.root)
    return {
        code: tuple(draft_notice(language_status(guide, code, states.lock, states.reviews)))
        for code in languages
    }


@dataclass
class Drafts:
    """Screen PDFs marked DRAFT, outside ``build/``, for review."""

    folder: Path
    languages: list[str] = field(default_factory=list)  # built
    problems: list[Message] = field(default_factory=list)


@dataclass
class BuildResult:
    out: Path
    report: Report | None = None
    blocking: list[Message] = field(default_factory=list)  # errors that stopped the build
    refused: list[Message] = field(default_factory=list)  # why the result did not replace out
    layout_messages: list[Message] = field(default_factory=list)  # found laying out the guides
    outputs: list[Output] = field(default_factory=list)
    drafts: Drafts | None = None
    nothing_to_build: bool = False
    lost: list[Message] = field(default_factory=list)  # languages this build would lose

    @property
    def exit_code(self) -> int:
        if self.lost:
            return 1
        if self.nothing_to_build:
            return 0 if self.drafts and self.drafts.languages else 1
        return 1 if self.blocking or self.refused else 0


def build_guides(
    guide: Guide,
    out: Path,
    plan: BuildPlan,
    processes: int | None = None,
    force: bool = False,
    progress: Callable[[str], None] = lambda _: None,
    answers: Callable[[list[Output], Report], dict] | None = None,
) -> BuildResult:
    """Check and build the ``plan``'s complete languages into ``out`` (all or nothing; the check
    runs while the workers render, and its errors stop them) and its drafts into ``review/``;
    see the module's description for the policy. ``answers`` gives,
    from the outputs and the check's report, what the manifest records for commands to answer
    again while nothing changes (:mod:`.unchanged`)."""
    review_folder = Path(guide.root) / REVIEW_FOLDER
    result = BuildResult(Path(out))
    if plan.lost:  # never fewer languages than the last build without being asked
        result.lost = plan.lost
        return result
    if not plan.languages:
        result.nothing_to_build = True
        result.drafts = build_drafts(guide, review_folder, plan.drafts)
        return result

    def check() -> None:
        """The check, run while the workers render: its errors stop the build (a language
        still being translated, or whose script has no font, is held back, not an error)."""
        result.report = check_guide(guide, layout=False)
        waiting = unfinished_languages(guide, plan)
        unfinished = {f"translations/{c}.yaml": untranslated_keys(guide, c) for c in waiting}
        held_back = [script_message(guide, code) for code in waiting]
        result.blocking = [
            m
            for m in result.report.errors
            if m.key not in unfinished.get(m.file, ()) and m not in held_back
        ]
        if result.blocking:
            raise _CheckFailed

    def accept(outputs: list[Output], folder: Path) -> list[Message]:
        """The layout check and the preflight of the print files (run by the workers as they
        rendered them), for the files rendered now (reused files passed them before: same
        inputs, same code, same bytes)."""
        built = {
            o.language: o
            for o in outputs
            if o.status == "built" and OUTPUTS[o.variant].booklet_pages
        }
        layouts = {code: Layout(o.pages, o.fit) for code, o in sorted(built.items())}
        result.layout_messages = fit_messages(guide, layouts)
        checked = [o for o in outputs if o.status == "built" and OUTPUTS[o.variant].pdfx]
        found = [m for o in checked for m in o.found]
        return result.layout_messages + found

    try:
        options = BuildOptions(
            processes=processes,
            force=force,
            accept=accept,
            progress=progress,
            keep=tuple(plan.kept),
            answers=lambda outputs: answers(outputs, result.report) if answers else {},
            meanwhile=check,
        )
        result.outputs = build(guide, out, all_jobs(guide, plan.languages), options)
    except BuildRefused as exc:
        result.refused = exc.messages
    except _CheckFailed:  # the drafts of every language, for review
        result.drafts = build_drafts(guide, review_folder, plan.drafts + plan.languages)
        return result
    result.drafts = build_drafts(guide, review_folder, plan.drafts)
    return result


class _CheckFailed(Exception):
    """The check found errors: nothing is built."""


def unfinished_languages(guide: Guide, plan: BuildPlan) -> list[str]:
    """The languages this build leaves out: incomplete, unprintable or not asked for."""
    return [code for code in guide.languages if code not in plan.languages]


def build_drafts(guide: Guide, folder: Path, languages: list[str]) -> Drafts:
    """Screen PDFs marked DRAFT in ``folder``: drafts asked for, or languages held back."""
    drafts = Drafts(folder)
    if not languages:
        return drafts
    try:
        jobs = [(code, "screen") for code in languages]
        build(guide, folder, jobs, BuildOptions(drafts=draft_notices(guide, languages)))
    except BuildRefused as exc:
        drafts.problems = exc.messages
        return drafts
    drafts.languages = list(languages)
    return drafts


def print_files(out: Path) -> list[Path]:
    """The files of a build that go to the print shop (those with a PDF/X standard)."""
    entries = previous_files(out).values()
    paths = [out / e["path"] for e in entries if _for_print(e.get("variant"))]
    if paths or (out / MANIFEST).is_file():
        return paths
    return sorted((out / "print").glob("*.pdf"))  # a build folder without its manifest


def _for_print(variant) -> bool:
    output = OUTPUTS.get(variant) if isinstance(variant, str) else None
    return bool(output and output.pdfx)


def preflight_files(paths: list[Path], out: Path | None = None):
    """The print shop's preflight of every file in ``paths`` (a missing file is a finding);
    a file the build in ``out`` lists as a flat sheet (a poster, a card) is not a booklet."""
    flat = set()
    if out is not None:
        for entry in previous_files(out).values():
            output = (
                OUTPUTS.get(entry.get("variant")) if isinstance(entry.get("variant"), str) else None
            )
            if output is not None and not output.booklet_pages:
                flat.add((out / entry["path"]).resolve())
    return [_preflight(path, path.as_posix(), path.resolve() not in flat) for path in paths]


def _preflight(path: Path, name: str, booklet: bool = True):
    from ..outputs.pdf.preflight import Preflight, preflight  # pikepdf, pdfium: only when asked

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        found = Preflight(name)
        found.error(0, f"cannot be read ({exc.strerror or exc})", "Give the path of a PDF file.")
        return found
    return preflight(data, name, booklet)
