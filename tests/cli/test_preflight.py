"""``hulpwijzer preflight``: the print files of build/ by default, or any PDFs named."""

from __future__ import annotations

import shutil

import pikepdf

from hulpwijzer.cli import main


def test_preflight_passes_the_print_files_of_the_build(built_project, capsys):
    assert main(["preflight"]) == 0
    out = capsys.readouterr().out
    assert "ok   " in out and "print/hulpwijzer-nl-2026-11-24.pdf: 16 pages, PDF/X-1a:2003" in out
    assert "thinnest line 0.25 pt" in out and "4 file(s) passed the preflight" in out
    # the poster and the wallet cards are flat sheets: no multiple of 4 pages
    assert "poster/hulpwijzer-poster-2026-11-24.pdf: 1 pages, PDF/X-1a:2003" in out
    assert "card/hulpwijzer-card-mul-2026-11-24.pdf: 2 pages, PDF/X-1a:2003" in out
    assert "screen/" not in out and "proof/" not in out


def test_preflight_names_the_defect_of_a_file_about_to_be_sent(built_project, capsys, tmp_path):
    good = built_project / "build" / "print" / "hulpwijzer-nl-2026-11-24.pdf"
    bad = tmp_path / "naar-de-drukker.pdf"
    with pikepdf.open(good) as pdf:
        page = pdf.pages[2]
        page.contents_add(b"q 0 0 1 rg 100 100 20 20 re f Q", prepend=False)
        pdf.save(bad)
    copy = tmp_path / "good.pdf"
    shutil.copy(good, copy)
    assert main(["preflight", str(copy), str(bad)]) == 1
    captured = capsys.readouterr()
    assert f"error: {bad.as_posix()}  page 3  uses RGB or Lab colour" in captured.err
    assert f"ok   {copy.as_posix()}" in captured.out and f"FAIL {bad.as_posix()}" in captured.out
    assert "1 defect(s) in 1 of 2 file(s)" in captured.err


def test_preflight_without_a_build_says_what_to_do(sample_copy, capsys, monkeypatch):
    monkeypatch.chdir(sample_copy)
    assert main(["preflight"]) == 1
    assert "Run 'hulpwijzer build' first" in capsys.readouterr().err


def test_preflight_of_something_that_is_no_pdf(tmp_path, capsys):
    text = tmp_path / "notes.pdf"
    text.write_bytes(b"not a pdf")
    assert main(["preflight", str(text), str(tmp_path / "missing.pdf")]) == 1
    err = capsys.readouterr().err
    assert "notes.pdf  is not a PDF that can be read" in err
    assert "missing.pdf  cannot be read" in err and "Traceback" not in err
