"""Hostile XLIFF files (issue 17): entities in any encoding, endless or waiting files, and texts
that the next build would refuse. Each is refused before anything is written."""

from __future__ import annotations

import os
import threading

import pytest

from hulpwijzer.cli import main

from ..project import copy_project
from ..project import folder_snapshot as snapshot
from .test_xliff_import import NS, set_target

HEADER = (
    f"<xliff xmlns='{NS}' version='1.2'><file source-language='nl' target-language='tr'><body>"
    "<trans-unit id='labels.call'><source>Bel</source><target>{target}</target></trans-unit>"
    "</body></file></xliff>"
)


@pytest.fixture
def root(tmp_path_factory):
    return copy_project(tmp_path_factory.mktemp("project"))


def run(root, *args) -> int:
    return main(["--root", str(root), *args])


@pytest.mark.parametrize(
    "data",
    [
        # an internal entity in UTF-16: no "<!DOCTYPE" among the bytes
        (
            "<?xml version='1.0' encoding='UTF-16'?><!DOCTYPE xliff [<!ENTITY e 'Ara!'>]>"
            + HEADER.format(target="&e;")
        ).encode("utf-16"),
        # a parameter entity and an external DTD (nothing may be fetched)
        (
            "<!DOCTYPE xliff [<!ENTITY % p SYSTEM 'http://example.invalid/x.dtd'> %p;]>"
            + HEADER.format(target="Ara!")
        ).encode(),
        ("<!DOCTYPE xliff SYSTEM 'file:///etc/passwd'>" + HEADER.format(target="Ara!")).encode(),
    ],
    ids=["utf16-internal-entity", "parameter-entity", "external-dtd"],
)
def test_a_dtd_or_entity_is_refused_in_any_encoding(root, tmp_path, capsys, data):
    before = snapshot(root)
    path = tmp_path / "evil.xlf"
    path.write_bytes(data)
    assert run(root, "import-xliff", str(path)) == 1
    err = capsys.readouterr().err
    assert "contains a DOCTYPE, ENTITY or external reference, which is not accepted" in err
    assert "Traceback" not in err
    assert snapshot(root) == before


def test_dev_zero_is_refused_not_read_without_end(root, capsys):
    assert run(root, "import-xliff", "/dev/zero") == 1
    assert "/dev/zero: is not a plain file" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_pipe_is_refused_not_waited_for(root, tmp_path, capsys):
    fifo = tmp_path / "pipe.xlf"
    os.mkfifo(fifo)
    done = []
    thread = threading.Thread(target=lambda: done.append(run(root, "import-xliff", str(fifo))))
    thread.start()
    thread.join(20)
    if thread.is_alive():  # free the thread before failing
        with open(fifo, "w"):
            pass
        thread.join()
    assert done == [1]
    assert "pipe.xlf: is not a plain file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("target", "says"),
    [
        ("Ara\u0085" + "x" * 6200, "unreadable"),  # a NEL and more than 5,000 characters
        ("Ara\u0085 hemen", "U+0085"),
        ("Ara\u200b hemen", "U+200B ZERO WIDTH SPACE"),
        ("x" * 5001, "this text has 5,001 characters; at most 5,000"),
    ],
    ids=["nel-and-6210-characters", "nel", "zero-width-space", "too-long"],
)
def test_a_text_the_next_build_would_refuse_is_not_imported(root, tmp_path, capsys, target, says):
    xlf = tmp_path / "tr.xlf"
    assert run(root, "export-xliff", "tr", "--out", str(xlf)) == 0
    set_target(xlf, "labels.call", target)
    before = snapshot(root)
    capsys.readouterr()
    assert run(root, "import-xliff", str(xlf)) == 1
    err = capsys.readouterr().err
    assert says in err and "Nothing was imported" in err, err
    assert snapshot(root) == before
    assert run(root, "check", "--no-layout") in (0, 1)  # the files still load
    assert "cannot be read" not in capsys.readouterr().out


def test_import_into_a_closed_pipe_writes_once_and_never_exits_3(root, tmp_path):
    """``import-xliff F | head``: the files are written, the report ends quietly, exit 0."""
    import subprocess
    import sys
    from pathlib import Path

    xlf = tmp_path / "tr.xlf"
    assert run(root, "export-xliff", "tr", "--out", str(xlf)) == 0
    set_target(xlf, "labels.call", "Hemen arayın!")
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = dict(os.environ, PYTHONPATH=src)
    script = (
        f"{sys.executable} -m hulpwijzer --root {root} import-xliff {xlf} | head -c 1 >/dev/null;"
        " echo ${PIPESTATUS[0]}"
    )
    done = subprocess.run(
        ["bash", "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.stdout.strip() == "0", done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "unexpected" not in done.stderr
    assert "Hemen arayın!" in (root / "translations" / "tr.yaml").read_text(encoding="utf-8")
