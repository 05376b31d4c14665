"""``hulpwijzer build`` and languages with missing texts: skipped for print, built as a marked
draft on request."""

from __future__ import annotations

import json

import pytest

from hulpwijzer.cli import main

from ..pdfcheck import page_texts
from ..project import copy_project, fill


@pytest.fixture
def root(tmp_path):
    return copy_project(tmp_path)


def run(root, *args) -> int:
    return main(["--root", str(root), *args])


def test_build_skips_an_incomplete_language_and_builds_a_marked_draft(root, capsys):
    fill(root, "tr", {"labels.free": "", "sections.money.intro": ""})
    assert run(root, "build", "-l", "tr") == 1
    out = capsys.readouterr()
    assert "tr (Turkish): not built, 2 of 106 texts are missing" in out.out
    assert "hulpwijzer build --draft tr" in out.out
    assert not (root / "build").exists()

    assert run(root, "review", "tr", "--by", "A") == 0
    fill(root, "tr", {"cover.title": "Heerlen Yardım Kılavuzu"})  # changed after the review
    assert run(root, "build", "-l", "nl", "--draft", "tr") == 0
    manifest = json.loads((root / "build" / "manifest.json").read_text(encoding="utf-8"))
    assert [f["path"] for f in manifest["files"] if not f["path"].startswith("site/")] == [
        "print/hulpwijzer-nl-2026-11-24.pdf",
        "screen/hulpwijzer-nl.pdf",
        "proof/hulpwijzer-nl.pdf",
        "large-print/hulpwijzer-nl.pdf",
        "homeprint/hulpwijzer-nl.pdf",
        "card/hulpwijzer-card-nl-2026-11-24.pdf",
        "poster/hulpwijzer-poster-2026-11-24.pdf",
        "poster/hulpwijzer-poster-screen.pdf",
        "card/hulpwijzer-card-mul-2026-11-24.pdf",
    ]
    assert "Türkçe" not in page_texts(root / "build" / "poster" / "hulpwijzer-poster-screen.pdf")[0]
    assert "site/tr/index.html" not in {f["path"] for f in manifest["files"]}
    # the draft goes to review/, never into build/ where it could reach the print shop
    draft = root / "review" / "screen" / "hulpwijzer-tr-draft.pdf"
    pages = page_texts(draft)
    assert all("DRAFT / CONCEPT" in page for page in pages)
    flat = [" ".join(page.split()) for page in pages]
    assert any("Heeft u geldzorgen?" in page for page in flat)  # missing: shown in Dutch
    back = " ".join(flat[-2:])  # the back page; a draft's notice may run onto another page
    assert "Missing, shown in Dutch: 2 of 106 texts (sections.money.intro, labels.free)" in back
    assert "Not reviewed by a native speaker: 1 of 104 translated texts (cover.title)" in back
    # the Dutch cover names only complete languages
    cover = page_texts(root / "build" / "screen" / "hulpwijzer-nl.pdf")[0]
    assert "English" in cover and "Türkçe" not in cover


def test_the_build_table_lines_up_and_ends_with_the_files_for_the_print_shop(built_project, capsys):
    assert main(["build", "-l", "nl"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    head = next(i for i, line in enumerate(lines) if line.lstrip().startswith("file "))
    last = next(i for i in range(head, len(lines)) if lines[i].strip() == "manifest.json")
    rows = lines[head:last]  # the heading and a row per file
    # print, screen, proof, large print, the web edition's six files, home print, card; poster (2),
    # card-all
    assert len(rows) == 1 + 10 + 2 + 3
    # every value ends in the column of its heading (numbers right-aligned)
    for heading in ("pages", "size"):
        end = rows[0].index(heading) + len(heading)
        assert all(row[end - 1] != " " and row[end : end + 1] in ("", " ") for row in rows)
    assert "print/hulpwijzer-nl-2026-11-24.pdf" in rows[1]
    assert lines[last + 1].strip() == ""
    assert lines[last + 2] == "For the print shop, in build/print/: hulpwijzer-nl-2026-11-24.pdf"
    manifest = json.loads((built_project / "build" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["edition"] == "2026-11-24"


def test_a_language_that_needs_more_pages_is_named(capsys):
    from types import SimpleNamespace

    from hulpwijzer.cli.build import _print_pages

    def output(code, variant, pages):
        return SimpleNamespace(language=code, variant=variant, pages=pages)

    outputs = [output(c, "print", 16) for c in ("nl", "en", "tr")] + [output("ar", "print", 20)]
    outputs += [output("ar", "screen", 20)]
    _print_pages(outputs)
    out = capsys.readouterr().out
    assert out.startswith("warning: ar needs 20 pages where the other languages need 16")
    assert "Run 'hulpwijzer check ar'" in out
    _print_pages(outputs[:3])
    assert capsys.readouterr().out == ""


def test_a_failed_build_does_not_mention_options_that_were_not_given(built_project, capsys):
    guide = built_project / "content" / "guide.yaml"
    guide.write_text(
        guide.read_text(encoding="utf-8").replace("[geldfit,", "[geldfitt,"), encoding="utf-8"
    )
    assert main(["build", "-l", "nl"]) == 1
    err = capsys.readouterr().err
    assert "there is no contact 'geldfitt'" in err
    assert "--no-layout" not in err
    assert "Correct the errors and run 'hulpwijzer build' again." in err
