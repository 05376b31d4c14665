"""Never lose a user's files, never leave a mess (issue 17): what ``build --out`` and ``preview
--out`` may replace, the atomic swap of build/, killed builds, concurrent builds, read-only and
symlinked build folders, a full disk. Every case starts from a copy of the sample with a good
build of Dutch."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hulpwijzer.cli import main
from hulpwijzer.publish import build as build_module
from hulpwijzer.publish import folders
from hulpwijzer.publish.files import MARKER

from ..project import REPO
from ..project import folder_snapshot as snapshot

ENV = dict(os.environ, PYTHONPATH=str(REPO / "src"))


def hidden_leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".hulpwijzer-"))


# --- only what hulpwijzer wrote is ever replaced --------------------------------------------------


def test_a_folder_with_someone_elses_manifest_json_is_left_alone(built_project, capsys):
    web = built_project / "w"
    (web / "src").mkdir(parents=True)
    (web / "manifest.json").write_text('{"name": "pwa"}')
    (web / "src" / "app.js").write_text("x")
    before = snapshot(web)
    assert main(["--root", str(built_project), "build", "-l", "nl", "--out", str(web)]) == 1
    err = capsys.readouterr().err
    assert "holds files that hulpwijzer did not write (manifest.json, src/app.js)" in err
    assert "Traceback" not in err
    assert snapshot(web) == before


def test_a_build_with_a_file_of_the_user_in_it_is_not_replaced(built_project, capsys):
    notes = built_project / "build" / "notes.txt"
    notes.write_text("my notes")
    assert main(["--root", str(built_project), "build", "-l", "nl", "--force"]) == 1
    assert "holds files that hulpwijzer did not write (notes.txt)" in capsys.readouterr().err
    assert notes.read_text() == "my notes"


def test_a_marked_build_is_replaced_and_marks_its_files(built_project):
    build = built_project / "build"
    marker = (build / MARKER).read_text(encoding="utf-8").splitlines()
    assert marker[0].startswith("hulpwijzer output (build)")
    assert {
        "manifest.json",
        "print/hulpwijzer-nl-2026-11-24.pdf",
        "screen/hulpwijzer-nl.pdf",
    } <= set(marker)
    (build / ".DS_Store").write_bytes(b"finder")  # a file manager's litter does not block it
    assert main(["--root", str(built_project), "build", "-l", "nl", "--force"]) == 0
    assert not (build / ".DS_Store").exists()


def test_a_build_of_an_older_version_without_a_marker_is_recognised_by_its_manifest(
    built_project,
):
    (built_project / "build" / MARKER).unlink()
    assert main(["--root", str(built_project), "build", "-l", "nl", "--force"]) == 0
    assert (built_project / "build" / MARKER).is_file()


def test_preview_replaces_only_its_own_pictures(built_project, capsys):
    out = built_project / "pics"
    out.mkdir()
    (out / "page-01.png").write_bytes(b"my holiday picture")
    assert main(["--root", str(built_project), "preview", "nl", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "holds files that hulpwijzer did not write (page-01.png)" in err
    assert (out / "page-01.png").read_bytes() == b"my holiday picture"

    (out / "page-01.png").unlink()
    assert (
        main(["--root", str(built_project), "preview", "nl", "--out", str(out), "--dpi", "36"]) == 0
    )
    pages = sorted(p.name for p in out.glob("page-*.png"))
    assert pages and (out / MARKER).is_file()
    assert (
        main(["--root", str(built_project), "preview", "nl", "--out", str(out), "--dpi", "36"]) == 0
    )
    assert sorted(p.name for p in out.glob("page-*.png")) == pages


# --- the swap: atomic, one build at a time, nothing left behind ----------------------------------


def test_the_swap_exchanges_two_folders_in_one_step(tmp_path):
    old, new = tmp_path / "build", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    (old / "a").write_text("old")
    (new / "a").write_text("new")
    aside = folders.swap(new, old)
    assert (old / "a").read_text() == "new" and (aside / "a").read_text() == "old"


def test_where_no_exchange_exists_the_old_build_is_put_back_after_a_kill(tmp_path, monkeypatch):
    """Windows: two renames. A kill between them leaves build/ aside; the next build restores
    it first."""
    target, new = tmp_path / "build", tmp_path / ".hulpwijzer-build-999999-abc"
    target.mkdir()
    (target / "a").write_text("old")
    new.mkdir()
    (new / "a").write_text("new")
    monkeypatch.setattr(folders, "_exchange", lambda a, b: False)
    aside = folders.swap(new, target)  # the two renames
    assert (target / "a").read_text() == "new" and (aside / "a").read_text() == "old"
    folders.remove(target)
    # the state a kill between the two renames leaves: no build/, the old one aside
    assert not target.exists() and aside.name == ".hulpwijzer-build-999999-abc-old-build"
    folders.clean_up(target)  # process 999999 is gone
    assert (target / "a").read_text() == "old" and not aside.exists()


def test_leftovers_of_a_dead_build_are_removed_and_those_of_a_running_one_kept(built_project):
    dead = built_project / ".hulpwijzer-build-999999-xyz"
    running = built_project / f".hulpwijzer-build-{os.getppid()}-xyz"
    for folder in (dead, running):
        (folder / "print").mkdir(parents=True)
    assert main(["--root", str(built_project), "build", "-l", "nl"]) == 0
    assert not dead.exists() and running.is_dir()


def _build_in_background(root: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "hulpwijzer", "--root", str(root), "build", "--force", *args],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
        except (OSError, ValueError):
            continue
        if entry.name.isdigit() and int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "kill"])
def test_a_killed_build_leaves_build_intact_and_no_worker_behind(built_project, sig):
    before = snapshot(built_project / "build")
    process = _build_in_background(built_project, "--jobs", "2")
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while len(workers) < 2 and time.monotonic() < deadline:  # kill it while it renders
        time.sleep(0.05)
        workers = _children(process.pid)
    assert len(workers) == 2, "the build started no workers"
    time.sleep(0.5)
    process.send_signal(sig)
    process.wait(30)
    time.sleep(3)
    assert [pid for pid in workers if _alive(pid)] == []
    assert snapshot(built_project / "build") == before
    if sig == signal.SIGTERM:  # it cleans up itself
        assert "Stopped" in process.stderr.read()
        assert process.returncode == 143
        assert hidden_leftovers(built_project) == []
    process.stdout.close()
    process.stderr.close()
    assert main(["--root", str(built_project), "build", "-l", "nl"]) == 0
    assert hidden_leftovers(built_project) == []


def test_concurrent_builds_wait_for_each_other_and_never_exit_3(built_project):
    processes = [_build_in_background(built_project, "-l", "nl", "--jobs", "1") for _ in range(3)]
    outputs = [p.communicate(timeout=300) for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0], outputs
    assert sum("waiting: another build" in out for out, _ in outputs) >= 1
    assert hidden_leftovers(built_project) == []


# --- odd build folders -------------------------------------------------------------------------


def test_a_symlinked_build_folder_stays_a_link_to_the_new_build(built_project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "out"
    (built_project / "build").rename(elsewhere)
    (built_project / "build").symlink_to(elsewhere, target_is_directory=True)
    assert main(["--root", str(built_project), "build", "-l", "nl", "--force"]) == 0
    assert (built_project / "build").is_symlink()
    assert (elsewhere / "print" / "hulpwijzer-nl-2026-11-24.pdf").is_file()
    assert hidden_leftovers(built_project) == [] and hidden_leftovers(elsewhere.parent) == []


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root")
def test_a_read_only_build_folder_is_not_replaced(built_project, capsys):
    build = built_project / "build"
    before = snapshot(build)
    build.chmod(0o555)
    try:
        assert main(["--root", str(built_project), "build", "-l", "nl", "--force"]) == 1
    finally:
        build.chmod(0o755)
    assert "is read-only, so the build does not replace it" in capsys.readouterr().err
    assert snapshot(build) == before


def test_a_read_only_build_folder_is_not_replaced_even_for_root(built_project, capsys, monkeypatch):
    real_access = os.access
    build = built_project / "build"
    monkeypatch.setattr(
        build_module.os,
        "access",
        lambda path, mode: (
            False if Path(path) == build and mode == os.W_OK else real_access(path, mode)
        ),
    )
    before = snapshot(build)
    assert main(["--root", str(built_project), "build", "-l", "nl", "--force"]) == 1
    assert "is read-only, so the build does not replace it" in capsys.readouterr().err
    assert snapshot(build) == before


@pytest.mark.parametrize(
    ("code", "says"),
    [
        (errno.ENOSPC, "The disk is full"),
        (errno.EROFS, "This disk can only be read"),
        (errno.EACCES, "You may not write or read here"),
    ],
)
def test_a_full_or_read_only_disk_is_an_input_error(built_project, capsys, monkeypatch, code, says):
    before = snapshot(built_project / "build")

    def fail(staging, job, pdf, pages, fit, found=()):
        raise OSError(code, os.strerror(code), str(staging / job.path))

    monkeypatch.setattr(build_module, "write_rendered", fail)
    assert main(["--root", str(built_project), "build", "-l", "nl", "--force", "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert says in err and os.strerror(code) in err and "print/hulpwijzer-nl-2026-11-24.pdf" in err
    assert "unexpected" not in err and "Traceback" not in err
    assert snapshot(built_project / "build") == before
    assert hidden_leftovers(built_project) == []


def test_a_project_folder_that_cannot_be_written_is_an_input_error(
    built_project, capsys, monkeypatch
):
    def refuse(target):
        raise PermissionError(errno.EACCES, "Permission denied", str(target.parent))

    monkeypatch.setattr(folders, "staging_folder", refuse)
    assert main(["--root", str(built_project), "build", "-l", "nl", "--force"]) == 1
    err = capsys.readouterr().err
    assert "Permission denied" in err and "unexpected" not in err


def test_build_into_a_closed_pipe_finishes_the_build(built_project):
    """``hulpwijzer build | head -1``: the build is done, exit 0, no complaint."""
    script = (
        f"{sys.executable} -m hulpwijzer --root {built_project} build -l nl --force | head -1;"
        " echo status=${PIPESTATUS[0]}"
    )
    done = subprocess.run(["bash", "-c", script], env=ENV, capture_output=True, text=True)
    assert done.stdout.strip().endswith("status=0"), done.stdout + done.stderr
    assert len(done.stdout.strip().splitlines()) == 2
    assert "Error" not in done.stderr and "Traceback" not in done.stderr
    assert (built_project / "build" / "manifest.json").is_file()
