"""``build`` runs the print shop's preflight on the print files it rendered, before they replace
``build/``; the manifest says on which side each print file is bound and which PDF/X it is."""

from __future__ import annotations

import json

from hulpwijzer.cli import main
from hulpwijzer.outputs.pdf import pdfx, style

from ..project import folder_snapshot as snapshot


def test_manifest_records_binding_and_pdfx_of_every_print_file(sample_copy):
    assert main(["--root", str(sample_copy), "build", "-l", "nl", "-l", "ar", "--jobs", "1"]) == 0
    files = json.loads((sample_copy / "build" / "manifest.json").read_text("utf-8"))["files"]
    entries = {f["path"]: f for f in files}
    assert entries["print/hulpwijzer-nl-2026-11-24.pdf"]["binding"] == "left"
    assert entries["print/hulpwijzer-ar-2026-11-24.pdf"]["binding"] == "right"
    assert {entries[f"print/hulpwijzer-{c}-2026-11-24.pdf"]["pdfx"] for c in ("nl", "ar")} == {
        "PDF/X-1a:2003"
    }
    for variant in ("screen", "proof", "large-print"):  # not for the print shop
        assert "binding" not in entries[f"{variant}/hulpwijzer-ar.pdf"]
        assert "pdfx" not in entries[f"{variant}/hulpwijzer-ar.pdf"]


def test_build_refuses_print_files_that_fail_the_preflight(built_project, capsys, monkeypatch):
    before = snapshot(built_project / "build")
    monkeypatch.setattr(pdfx, "make_pdfx", lambda pdf, standard: pdf)  # PDF/X keys lost
    monkeypatch.setattr(style, "TINT", style.CMYKColor(0.06, 0.02, 0, 0))  # the old tint
    capsys.readouterr()
    assert main(["build", "-l", "nl", "--force", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "print/hulpwijzer-nl-2026-11-24.pdf  is not a PDF/X file" in err
    assert "print/hulpwijzer-nl-2026-11-24.pdf  page 3  has tints under 10 %" in err
    assert "6 % C + 2 % M" in err
    assert "Traceback" not in err and "build/ is unchanged" in err
    assert snapshot(built_project / "build") == before


def test_a_rebuild_with_nothing_changed_reuses_and_passes(built_project, capsys):
    assert main(["build", "-l", "nl", "--jobs", "1"]) == 0
    assert "reused print/hulpwijzer-nl-2026-11-24.pdf" in capsys.readouterr().out
