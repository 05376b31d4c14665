"""A build or check answered again while nothing changed (:mod:`hulpwijzer.publish.unchanged`):
the very words and exit status of running it, and never once something it depends on changed."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
from pathlib import Path

import pytest

from hulpwijzer.cli import main
from hulpwijzer.load import load_guide
from hulpwijzer.load.states import read_states
from hulpwijzer.publish import unchanged
from hulpwijzer.publish.run import check_guide

from .support import build_statuses, run_python

# a fresh process runs the command and says whether it read the guide (PyYAML) or rendered
ANSWERED = (
    "import sys, io, contextlib\n"
    "from hulpwijzer.cli import main\n"
    "with contextlib.redirect_stdout(io.StringIO()):\n"
    "    code = main(['--root', sys.argv[1], *sys.argv[2:]])\n"
    "print(code, 'answered' if 'yaml' not in sys.modules else 'ran')\n"
)
CHECKS = (
    ["check"],
    ["check", "--strict"],
    ["check", "--format", "json"],
    ["check", "--strict", "--format", "json"],
)


@pytest.fixture(scope="module")
def built_all(tmp_path_factory) -> Path:
    """The sample with a build of every language (built once; tests take copies)."""
    root = tmp_path_factory.mktemp("all")
    for folder in ("content", "translations"):
        shutil.copytree(Path(__file__).resolve().parents[2] / folder, root / folder)
    shutil.copy(Path(__file__).resolve().parents[2] / "translations.lock", root)
    assert main(["--root", str(root), "build"]) == 0
    return root


@pytest.fixture
def project(built_all, tmp_path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(built_all, root)
    return root


def run(root: Path, capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--root", str(root), *args])
    printed = capsys.readouterr()
    return code, printed.out, printed.err


def forget_answers(root: Path) -> None:
    """The manifest without its recorded answers: the next command runs in full."""
    path = root / "build" / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["answers"] = {}
    path.write_text(json.dumps(manifest), encoding="utf-8")


def answered(root: Path, *args: str) -> list[str]:
    return run_python(ANSWERED, str(root), *args).split()


def test_a_rebuild_with_nothing_changed_is_answered_with_what_running_it_prints(project, capsys):
    # the answer names the build folder: a copy of the project records its own
    assert answered(project, "build") == ["0", "ran"]
    assert answered(project, "build") == ["0", "answered"]
    quick = run(project, capsys, "build")
    assert quick[0] == 0 and "(0 built, 45 reused)" in quick[1]
    forget_answers(project)
    assert answered(project, "build") == ["0", "ran"]  # and it records the answer again
    forget_answers(project)
    assert run(project, capsys, "build") == quick
    assert answered(project, "build") == ["0", "answered"]


@pytest.mark.parametrize("args", CHECKS, ids=" ".join)
def test_check_after_a_build_is_answered_with_what_running_it_prints(project, capsys, args):
    assert answered(project, *args) == [str(1 if "--strict" in args else 0), "answered"]
    quick = run(project, capsys, *args)
    forget_answers(project)
    assert run(project, capsys, *args) == quick
    assert "warning" in quick[1]


def test_check_of_some_languages_or_another_day_runs(project):
    assert answered(project, "check", "nl")[1] == "ran"
    assert answered(project, "check", "--today", "2026-01-01")[1] == "ran"
    assert answered(project, "check", "--no-layout")[1] == "ran"
    today = dt.date.today()

    def key(day):
        return unchanged.answer_key("check --format text", unchanged.inputs_digest(project, day))

    assert key(today) == key(today) != key(today + dt.timedelta(1))


def test_a_changed_phone_number_is_checked_not_answered(project, capsys):
    contacts = project / "content" / "contacts.yaml"
    text = contacts.read_text(encoding="utf-8")
    assert 'number: "112"' in text
    contacts.write_text(text.replace('number: "112"', 'number: "11"', 1), encoding="utf-8")
    code, out, _ = run(project, capsys, "check")
    assert code == 1 and "error" in out
    assert answered(project, "build")[1] == "ran"


def test_a_changed_text_is_rendered_again(project, capsys):
    turkish = project / "translations" / "tr.yaml"
    turkish.write_text(turkish.read_text("utf-8") + "# a translator's note\n", "utf-8")
    code, out, _ = run(project, capsys, "build")
    assert code == 0 and build_statuses(out)["screen/hulpwijzer-tr.pdf"] == "built"
    assert build_statuses(out)["screen/hulpwijzer-nl.pdf"] == "reused"


@pytest.mark.parametrize("damage", ["changed", "removed", "added", "left over"])
def test_a_build_folder_changed_since_is_not_answered(project, capsys, damage):
    pdf = project / "build" / "screen" / "hulpwijzer-tr.pdf"
    if damage == "changed":
        pdf.write_bytes(pdf.read_bytes()[:-10])
    elif damage == "removed":
        pdf.unlink()
    elif damage == "added":
        (project / "build" / "notes.txt").write_text("mine", encoding="utf-8")
    else:  # a build killed while it wrote: the next one removes its working folder
        (project / ".hulpwijzer-build-99999999-x").mkdir()
    code, out, err = run(project, capsys, "build")
    if damage == "left over":
        assert code == 0 and not (project / ".hulpwijzer-build-99999999-x").exists()
    elif damage == "added":  # not a folder the build wrote any more: it says so, as it did
        assert code == 1 and "notes.txt" in err
    else:
        assert code == 0 and build_statuses(out)["screen/hulpwijzer-tr.pdf"] == "built"


def test_forced_or_partial_builds_run(project):
    assert answered(project, "build", "--force", "--jobs", "1") == ["0", "ran"]
    assert answered(project, "build", "-l", "nl") == ["0", "ran"]
    assert answered(project, "build", "--out", str(project / "elsewhere")) == ["0", "ran"]


def test_the_key_covers_every_file_the_build_and_the_check_read(project):
    """Every file of the project that reading, checking and planning the build opens is in the
    key: a change to any of them is seen."""
    opened: list[Path] = []
    recording = [True]

    def note(event, args):
        if recording[0] and event == "open" and isinstance(args[0], (str, Path)):
            opened.append(Path(args[0]).resolve())

    sys.addaudithook(note)  # a hook stays for the process: it notes only during this test
    (project / "translations.review").write_text("", encoding="utf-8")
    try:
        check_guide(load_guide(project), layout=False)
        read_states(project)
    finally:
        recording[0] = False
    inside = project.resolve()
    read = {p for p in opened if inside in p.parents and inside / "build" not in p.parents}
    keyed = {(project / name).resolve() for name in unchanged._input_files(project)}
    assert len(read) >= 8 and read <= keyed, sorted(map(str, read - keyed))


def test_check_after_building_one_language_is_not_answered_from_an_older_layout(project, capsys):
    """A build of one language keeps the others' files as they were: their layout may be of
    older texts, so it records no answer of the check (the check lays them out itself)."""
    turkish = project / "translations" / "tr.yaml"
    turkish.write_text(turkish.read_text("utf-8") + "# a translator's note\n", "utf-8")
    assert run(project, capsys, "build", "-l", "nl")[0] == 0
    assert answered(project, "check") == ["0", "ran"]
