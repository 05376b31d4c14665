"""``hulpwijzer build``: the PDF guides into build/, drafts of incomplete languages beside it."""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from pathlib import Path

from .common import load, print_messages
from .console import progress, say, table


def add_commands(commands) -> None:
    """Add ``build`` to the subparsers ``commands``."""
    build = commands.add_parser(
        "build", help="write the PDF guides and the web edition into build/"
    )
    build.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        default=None,
        metavar="N",
        help="render in N processes (default: one per core; 1: no worker processes)",
    )
    build.add_argument(
        "--force", action="store_true", help="render every file, even those that are up to date"
    )
    build.add_argument("--out", type=Path, default=None, help="output folder (default: build/)")
    build.add_argument(
        "--language",
        "-l",
        action="append",
        dest="languages",
        help="only this language (may be repeated)",
    )
    build.add_argument(
        "--draft",
        action="append",
        dest="drafts",
        metavar="LANGUAGE",
        help="also build this language as a marked draft, even if texts are missing "
        "(screen PDF only; may be repeated; without --language: only the drafts)",
    )
    build.add_argument(
        "--allow-fewer-languages",
        action="store_true",
        help="build even if a language of the last build is incomplete now: its files leave "
        "build/ and the covers stop naming it (without this, such a build stops)",
    )
    build.set_defaults(run=_build)


def _positive(value: str) -> int:
    """``--jobs``: a whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number of at least 1")
    return number


def _build(args) -> int:
    out = args.out or args.root / "build"
    if _answered_again(args, out):
        return 0
    from ..check import format_report
    from ..publish.plan import plan_build
    from ..publish.run import build_guides, previous_languages

    guide = load(args)
    if guide is None:
        return 1
    asked = (args.languages or []) + (args.drafts or [])
    unknown = [code for code in asked if code not in guide.translations]
    if unknown:
        print(
            f"error: no translations/{unknown[0]}.yaml; languages: " + ", ".join(guide.languages),
            file=sys.stderr,
        )
        return 2

    previous = previous_languages(out)
    plan = plan_build(guide, args.languages, args.drafts, previous, args.allow_fewer_languages)
    _print_skipped(plan)
    if plan.lost:
        print_messages(plan.lost)
        print(
            f"\nNo guides were built: the last build had {', '.join(previous)}; this one would "
            f"lose {len(plan.lost)} of them. {out}/ is unchanged.",
            file=sys.stderr,
        )
        return 1
    _print_plan(plan)

    from ..publish.build import all_jobs

    told: list[str] = []  # the files the progress named, in its order
    with progress(len(all_jobs(guide, plan.languages)), "Building") as advance:

        def tell(line: str) -> None:
            told.append(line.split()[1])
            advance(line)

        answers = _answers(args, guide, plan, out, told)
        result = build_guides(guide, out, plan, args.jobs, args.force, tell, answers)
    _print_drafts(result.drafts)
    if result.nothing_to_build:
        if not (result.drafts and result.drafts.languages):
            why = "no language has every text" if not plan.unprintable else "see above"
            print(f"Nothing was built: {why}.", file=sys.stderr)
        return result.exit_code
    if result.blocking:
        say(format_report(result.report, again="hulpwijzer build"), err=True)
        print(
            f"\nNo guides were built: {len(result.blocking)} error(s). {out}/ is unchanged.",
            file=sys.stderr,
        )
        return result.exit_code
    if result.refused:
        print_messages(result.refused)
        print(f"\nThe guides were not saved. {out}/ is unchanged.", file=sys.stderr)
        return result.exit_code
    print_messages(result.layout_messages)
    _print_built(guide, plan, result.outputs, out, len(result.report.warnings))
    return result.exit_code


def _print_skipped(plan) -> None:
    """The languages not built: incomplete, or their script has no font."""
    for line in plan.skipped:  # incomplete languages are not built for print
        print(f"skipped: {line}")
    for line in plan.unprintable.values():  # nor are those whose script the fonts cannot print
        print(f"skipped: {line}")


def _print_built(guide, plan, outputs, out: Path, warnings: int) -> None:
    """What a build that replaced ``out`` says: its files, where they go, what to check."""
    _print_outputs(outputs, out)
    if plan.unprintable:  # the other languages are fine to print; say loudly which one is not
        print(
            f"\nwarning: NOT built: {', '.join(plan.unprintable)} (no font for its script, see "
            "'skipped:' above). The other languages were built as usual: the files listed above.",
            file=sys.stderr,
        )
    _print_online(guide, outputs, out)
    if warnings:
        print(
            f"\n{warnings} warning(s): see 'hulpwijzer check'. "
            "Before a print run: 'hulpwijzer check --strict'."
        )


def _every_language(args) -> bool:
    """A build of every language as it is, no more, no less (``--out``, ``--jobs`` and
    ``--force`` aside): the build whose answer is recorded for the next one."""
    return not (args.languages or args.drafts or args.allow_fewer_languages)


def _build_line(out: Path) -> str:
    return f"build --out {out}"


def _answers(args, guide, plan, out: Path, told: list[str]):
    """What the build records, from its outputs and report, for ``build`` and ``check`` to
    answer again while nothing changes (:mod:`hulpwijzer.publish.unchanged`): what ``check``
    prints (when every language was laid out) and what this build, run again, prints."""
    from dataclasses import replace

    from ..check import Layout, with_layouts
    from ..publish.unchanged import answer_key, inputs_digest
    from .check import check_answers

    def record(outputs, report) -> dict:
        answers = {}
        inputs = inputs_digest(args.root)
        # laid out from today's inputs: built or reused now (a kept file may be older)
        layouts = {
            o.language: Layout(o.pages, o.fit)
            for o in outputs
            if o.variant == "screen" and o.status != "kept"
        }
        if set(layouts) == set(guide.languages):
            answers.update(check_answers(guide, with_layouts(guide, report, layouts), inputs))
        if _every_language(args):
            reused = [replace(o, status="reused") for o in outputs]
            before, _ = _captured(lambda: _print_skipped(plan))
            after, errors = _captured(
                lambda: _print_built(guide, plan, reused, out, len(report.warnings))
            )
            line = _build_line(out)
            answers[line] = {
                "key": answer_key(line, inputs),
                "before": before,
                "progress": [f"reused {o.path}" for o in outputs if o.path in told],
                "stdout": after,
                "stderr": errors,
            }
        return answers

    return record


def _captured(show) -> tuple[str, str]:
    """What ``show()`` prints on stdout and stderr."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        show()
    return stdout.getvalue(), stderr.getvalue()


def _answered_again(args, out: Path) -> bool:
    """Print what the last build recorded for this one, if nothing changed since and its
    folder is as it left it (:mod:`hulpwijzer.publish.unchanged`); False if it must run."""
    if not _every_language(args) or args.force:
        return False
    from ..publish.unchanged import answer_key, inputs_digest, recorded_answer

    line = _build_line(out)
    answer = recorded_answer(out, line, answer_key(line, inputs_digest(args.root)), whole=True)
    if answer is None:
        return False
    sys.stdout.write(answer["before"])
    with progress(len(answer["progress"]), "Building") as advance:
        for told in answer["progress"]:
            advance(told)
    if answer["stdout"]:
        say(answer["stdout"].removesuffix("\n"))
    sys.stderr.write(answer["stderr"])
    return True


def _print_plan(plan) -> None:
    """Languages kept, left out on request, or named on the covers but not built now."""
    if plan.dropped:
        print(
            f"LEFT OUT (--allow-fewer-languages): {', '.join(plan.dropped)}: incomplete now; "
            "their files leave build/ and the covers do not name them.",
            file=sys.stderr,
        )
    if plan.kept:
        print(
            f"kept as they were in the last build (not rebuilt): {', '.join(plan.kept)}. "
            "Before a print run, build all languages: hulpwijzer build"
        )
    if plan.absent:
        print(
            f"note: the covers name {', '.join(plan.absent)}, which this build does not hold. "
            "Before a print run, build all languages: hulpwijzer build",
            file=sys.stderr,
        )


def _print_outputs(outputs, out: Path) -> None:
    """The table of the files written (path, language, pages, size, built or reused), and the
    files to send to the print shop."""
    built = sum(o.status == "built" for o in outputs)
    kept = sum(o.status == "kept" for o in outputs)
    print(
        f"\nWrote {len(outputs)} files to {out}/ ({built} built, "
        f"{len(outputs) - built - kept} reused" + (f", {kept} kept):" if kept else "):")
    )
    rows = [("file", "language", "pages", "size", "status")]
    rows += [(o.path, o.language, o.pages, _size(o.size), o.status) for o in outputs]
    rows.append(("manifest.json", "", "", "", ""))
    for line in table(rows, "<<>><"):
        print(line)
    _print_pages(outputs)
    shop = [o.path.split("/", 1)[1] for o in outputs if o.variant == "print"]
    if shop:
        print(f"\nFor the print shop, in {out.as_posix()}/print/: {', '.join(shop)}")
    for folder, use in HANDOUTS:
        if any(o.path.startswith(f"{folder}/") for o in outputs):
            print(f"{use}: {out.as_posix()}/{folder}/")


HANDOUTS = (  # the folders of the files for volunteers and partners, and what they are for
    ("homeprint", "To print at home on A4 and fold into the booklet"),
    ("poster", "To hang up (for the print shop, and to print at home)"),
    ("card", "Wallet cards, for the print shop"),
)


def _size(size: int) -> str:
    return f"{size / 1024:.0f} kB"


def _print_pages(outputs) -> None:
    """Say when a language needs more pages than the others (the print shop prices by pages,
    and extra pages may be empty notes pages)."""
    pages = {o.language: o.pages for o in outputs if o.variant == "print"}
    if len(set(pages.values())) < 2:
        return
    usual = max(sorted(set(pages.values())), key=list(pages.values()).count)
    for code, count in pages.items():
        if count > usual:
            say(
                f"warning: {code} needs {count} pages where the other languages need {usual}: "
                "its texts run over by a little, and the booklet grows by 4 pages at a time "
                "(saddle stitching), with notes pages to fill them.\n"
                f"    → Run 'hulpwijzer check {code}' for the texts that take more room than "
                "they have, and shorten them.",
            )


def _print_online(guide, outputs, out: Path) -> None:
    """Where the web edition is, and whether the guides carry a QR code to it."""
    if any(o.variant == "web" for o in outputs):
        print(f"\nThe web edition is {out}/site/: put that folder online as it is.")
    if not guide.settings.online_url_confirmed:
        print(
            "The guides have NO QR code and no web address yet: nobody confirmed that the web "
            f"edition is online at {guide.settings.url_for(guide.languages[0])} (and the other "
            "languages' addresses). When it is, set 'online_url_confirmed: true' in "
            "content/guide.yaml and build again."
        )


def _print_drafts(drafts) -> None:
    """Where the drafts for review went, or why they could not be built."""
    if drafts is None:
        return
    print_messages(drafts.problems)
    if drafts.languages:
        print(
            f"For review only (marked DRAFT): screen PDFs of {', '.join(drafts.languages)} in "
            f"{drafts.folder}/.",
            file=sys.stderr,
        )
