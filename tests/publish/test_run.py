"""The check and build pipelines (:mod:`hulpwijzer.publish.run`): what is checked, held back,
built as a draft or refused."""

from __future__ import annotations

from hulpwijzer.cli import main

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
    assert "translations/en.yaml:1" in err and "needs 12 pages" in err
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
