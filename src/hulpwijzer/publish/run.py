"""The pipelines behind ``hulpwijzer check`` and ``hulpwijzer build``, with their policy.

The command line only parses and prints; what is read, checked, held back, built as a draft or
refused is decided here:

- :func:`check_guide` reads the lock and the layout findings (from the last build where its
  inputs are unchanged, else by laying the language out) and hands them to the pure checks.
- :func:`build_guides` takes the plan of :mod:`.plan` (an incomplete language is held back, not
  an error), runs the checks, stops on an error that is not unfinished work, builds the drafts
  for review and the guides, and refuses the result when laying it out found an error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..check import Layout, Report, fit_messages, validate
from ..check.status import language_status
from ..compose.draft import draft_notice
from ..load.states import read_lock, read_states
from ..model import Guide, InputError, Message
from ..texts import untranslated_keys
from .build import BuildOptions, BuildRefused, all_jobs, build
from .manifest import Output, recorded_layout
from .plan import BuildPlan

REVIEW_FOLDER = "review"


def check_guide(
    guide: Guide,
    today: dt.date | None = None,
    layout: bool = True,
    languages: list[str] | None = None,
) -> Report:
    """Check ``guide`` with its lock file and (``layout``) what laying out ``languages`` (all
    when None) finds."""
    found: list[Message] = []
    try:
        lock = read_lock(guide.root)
    except InputError as exc:
        found, lock = exc.messages, None
    layouts = layout_findings(guide, languages or guide.languages) if layout else None
    return validate(guide, today, lock, layouts, found)


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

    @property
    def exit_code(self) -> int:
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
) -> BuildResult:
    """Check, then build the ``plan``'s complete languages into ``out`` (all or nothing) and its
    drafts into ``review/``; see the module's description for the policy."""
    review_folder = Path(guide.root) / REVIEW_FOLDER
    result = BuildResult(Path(out))
    if not plan.languages:
        result.nothing_to_build = True
        result.drafts = build_drafts(guide, review_folder, plan.drafts)
        return result
    report = check_guide(guide, layout=False)
    result.report = report
    # a language still being translated is held back, not an error; its other faults are
    unfinished = {
        f"translations/{code}.yaml": untranslated_keys(guide, code)
        for code in guide.languages
        if code not in plan.languages
    }
    result.blocking = [m for m in report.errors if m.key not in unfinished.get(m.file, ())]
    if result.blocking:
        result.drafts = build_drafts(guide, review_folder, plan.drafts + plan.languages)
        return result
    result.drafts = build_drafts(guide, review_folder, plan.drafts)

    def accept(outputs: list[Output]) -> list[Message]:
        """The layout check, for the languages rendered now (reused files passed it before)."""
        built = {o.language: o for o in outputs if o.status == "built"}
        layouts = {code: Layout(o.pages, o.fit) for code, o in sorted(built.items())}
        result.layout_messages = fit_messages(guide, layouts)
        return result.layout_messages

    try:
        options = BuildOptions(processes=processes, force=force, accept=accept, progress=progress)
        result.outputs = build(guide, out, all_jobs(guide, plan.languages), options)
    except BuildRefused as exc:
        result.refused = exc.messages
    return result


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
