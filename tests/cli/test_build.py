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
    assert "tr (Turkish): not built, 2 of 88 texts are missing" in out.out
    assert "hulpwijzer build --draft tr" in out.out
    assert not (root / "build").exists()

    assert run(root, "review", "tr", "--by", "A") == 0
    fill(root, "tr", {"cover.title": "Heerlen Yardım Kılavuzu"})  # changed after the review
    assert run(root, "build", "-l", "nl", "--draft", "tr") == 0
    manifest = json.loads((root / "build" / "manifest.json").read_text(encoding="utf-8"))
    assert [f["path"] for f in manifest["files"] if not f["path"].startswith("site/")] == [
        "print/hulpwijzer-nl.pdf",
        "screen/hulpwijzer-nl.pdf",
        "proof/hulpwijzer-nl.pdf",
    ]
    assert "site/tr/index.html" not in {f["path"] for f in manifest["files"]}
    # the draft goes to review/, never into build/ where it could reach the print shop
    draft = root / "review" / "screen" / "hulpwijzer-tr-draft.pdf"
    pages = page_texts(draft)
    assert all("DRAFT / CONCEPT" in page for page in pages)
    flat = [" ".join(page.split()) for page in pages]
    assert any("Heeft u geldzorgen?" in page for page in flat)  # missing: shown in Dutch
    back = flat[-1]
    assert "Missing, shown in Dutch: 2 of 88 texts (sections.money.intro, labels.free)" in back
    assert "Not reviewed by a native speaker: 1 of 86 translated texts (cover.title)" in back
    # the Dutch cover names only complete languages
    cover = page_texts(root / "build" / "screen" / "hulpwijzer-nl.pdf")[0]
    assert "English" in cover and "Türkçe" not in cover
