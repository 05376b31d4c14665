"""The check and build pipelines (:mod:`hulpwijzer.publish.run`): what is checked, held back,
built as a draft or refused."""

from __future__ import annotations

import json

from hulpwijzer.cli import main
from hulpwijzer.load import load_guide
from hulpwijzer.outputs.pdf import fit
from hulpwijzer.publish.build import all_jobs
from hulpwijzer.publish.plan import plan_build
from hulpwijzer.publish.run import build_guides, check_guide, layout_findings

from ..project import fill
from .support import folder_snapshot, run_python


def test_errors_stop_the_build_and_keep_the_previous_one(sample_copy, capsys):
    assert main(["--root", str(sample_copy), "build", "-l", "nl", "-l", "tr"]) == 0
    before = folder_snapshot(sample_copy / "build")
    tr = sample_copy / "translations" / "tr.yaml"
    tr.write_text(tr.read_text(encoding="utf-8").replace("112", "113", 1), encoding="utf-8")
    capsys.readouterr()
    assert main(["--root", str(sample_copy), "build", "-l", "nl", "-l", "tr"]) == 1
    err = capsys.readouterr().err
    assert "translations/tr.yaml" in err and "No guides were built" in err
    assert folder_snapshot(sample_copy / "build") == before
    # complete languages can still be looked at, marked as a draft, outside build/
    review = sorted(p.name for p in (sample_copy / "review" / "screen").iterdir())
    assert review == ["hulpwijzer-nl-draft.pdf", "hulpwijzer-tr-draft.pdf"]


def test_a_guide_over_max_pages_is_not_saved(sample_copy, capsys):
    assert main(["--root", str(sample_copy), "build", "-l", "en"]) == 0
    before = folder_snapshot(sample_copy / "build")
    guide = sample_copy / "content" / "guide.yaml"
    guide.write_text(
        guide.read_text(encoding="utf-8").replace("max_pages: 16", "max_pages: 8"),
        encoding="utf-8",
    )
    assert main(["--root", str(sample_copy), "build", "-l", "en"]) == 1
    err = capsys.readouterr().err
    assert "translations/en.yaml:1" in err and "needs 16 pages" in err
    assert folder_snapshot(sample_copy / "build") == before


def test_check_after_a_build_takes_the_layout_findings_from_the_manifest(sample_copy):
    """check lays out nothing the last build laid out from the same inputs; a change counts."""
    assert main(["--root", str(sample_copy), "build", "--jobs", "1"]) == 0
    probe = (
        "import io, sys, contextlib\n"
        "from hulpwijzer.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    main(['--root', {str(sample_copy)!r}, 'check'])\n"
        "print('reportlab' in sys.modules, 'lines where' in out.getvalue())"
    )

    def check_in_a_fresh_process():
        return run_python(probe).split()

    assert check_in_a_fresh_process() == ["False", "False"]
    tr = sample_copy / "translations" / "tr.yaml"
    text = tr.read_text(encoding="utf-8")
    tr.write_text(text.replace('"Para ve borçlar"', '"' + "Para " * 30 + '"', 1), encoding="utf-8")
    assert check_in_a_fresh_process() == ["True", "True"]  # tr laid out again: too long


def test_check_guide_takes_the_findings_of_the_last_build_while_its_inputs_are_unchanged(
    sample_copy, monkeypatch
):
    assert main(["--root", str(sample_copy), "build", "--jobs", "1"]) == 0
    guide = load_guide(sample_copy)
    fresh = layout_findings(guide, guide.languages, sample_copy / "no-build")
    real, laid_out = fit.fit_problems, []

    def spy(guide, language):
        laid_out.append(language)
        return real(guide, language)

    monkeypatch.setattr(fit, "fit_problems", spy)
    assert layout_findings(guide, guide.languages) == fresh  # the recorded findings are the same
    first = check_guide(guide)
    assert laid_out == []

    tr = sample_copy / "translations" / "tr.yaml"
    tr.write_text(tr.read_text(encoding="utf-8") + "# a comment\n", encoding="utf-8")
    second = check_guide(load_guide(sample_copy))
    assert laid_out == ["tr"]  # changed since the build: laid out again, the others not
    assert [m.format() for m in second.messages] == [m.format() for m in first.messages]


def test_build_guides_holds_back_an_incomplete_language_without_blocking_on_it(sample_copy):
    fill(sample_copy, "tr", {"labels.free": ""})
    guide = load_guide(sample_copy)
    plan = plan_build(guide, None, None)
    assert plan.languages == ["nl", "ar", "en"] and len(plan.skipped) == 1
    result = build_guides(guide, sample_copy / "build", plan, processes=1)
    untranslated = [m for m in result.report.errors if m.file == "translations/tr.yaml"]
    assert [m.key for m in untranslated] == ["labels.free"]  # reported, but unfinished work
    assert result.blocking == [] and result.refused == [] and result.exit_code == 0
    jobs = all_jobs(guide, ["nl", "ar", "en"])
    assert [(o.language, o.variant) for o in result.outputs][: len(jobs)] == jobs
    manifest = json.loads((sample_copy / "build" / "manifest.json").read_text("utf-8"))
    assert "tr" not in {entry["language"] for entry in manifest["files"]}

    # its other faults still stop the build: only the untranslated texts are unfinished work
    tr = sample_copy / "translations" / "tr.yaml"
    tr.write_text(tr.read_text(encoding="utf-8").replace("112", "113", 1), encoding="utf-8")
    result = build_guides(load_guide(sample_copy), sample_copy / "build", plan, processes=1)
    assert [m.file for m in result.blocking] == ["translations/tr.yaml"]
    assert result.exit_code == 1


def test_build_guides_stops_on_an_error_and_leaves_build_as_it_was(sample_copy):
    out = sample_copy / "build"
    guide = load_guide(sample_copy)
    plan = plan_build(guide, ["nl", "tr"], None)
    assert build_guides(guide, out, plan, processes=1).exit_code == 0
    before = folder_snapshot(out)

    tr = sample_copy / "translations" / "tr.yaml"
    tr.write_text(tr.read_text(encoding="utf-8").replace("112", "113", 1), encoding="utf-8")
    result = build_guides(load_guide(sample_copy), out, plan, processes=1)
    assert result.blocking and all(m.level == "error" for m in result.blocking)
    assert {m.file for m in result.blocking} == {"translations/tr.yaml"}
    assert result.outputs == [] and result.exit_code == 1
    assert folder_snapshot(out) == before
    assert result.drafts.languages == ["nl", "tr"]  # to look at, marked DRAFT, in review/
