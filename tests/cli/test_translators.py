"""The translators' commands together: ``status`` stays light, and a fifth language end to end
(add-language, fill in, check, confirm, review, build, preview)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from PIL import Image

from hulpwijzer.cli import main

from ..pdfcheck import page_texts
from ..project import UK, copy_project, fill


@pytest.fixture
def root(tmp_path):
    return copy_project(tmp_path)


def run(root, *args) -> int:
    return main(["--root", str(root), *args])


def test_status_imports_no_renderer(root):
    code = (
        "import sys; from hulpwijzer.cli import main; main(['--root', sys.argv[1], 'status']); "
        "heavy = [m for m in sys.modules if m.startswith(('reportlab.platypus', "
        "'reportlab.pdfbase', 'reportlab.pdfgen', 'hulpwijzer.render', 'hulpwijzer.layout'))]; "
        "print('HEAVY', heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(root)], capture_output=True, text=True, check=True
    ).stdout
    assert "HEAVY []" in out


def test_a_fifth_language_end_to_end(root, capsys):
    assert run(root, "add-language", "uk") == 0
    assert run(root, "preview", "uk") == 0  # nothing translated yet: a draft, all in Dutch
    assert "a marked draft" in capsys.readouterr().out

    fill(root, "uk", UK)  # the translator fills in every text
    contacts = root / "content" / "contacts.yaml"  # the sample's one open error (not ours)
    contacts.write_text(
        contacts.read_text(encoding="utf-8").replace(
            "http://www.stichtingchrisko", "https://www.stichtingchrisko"
        ),
        encoding="utf-8",
    )
    assert run(root, "check") == 0
    out = capsys.readouterr().out
    assert re.search(
        r"uk Ukrainian +100% +0 +106 +0 ", out
    )  # complete; none outdated, 106 not confirmed yet
    assert "translations/uk.yaml" in out and "error: translations/uk.yaml" not in out
    assert run(root, "confirm", "uk") == 0
    assert run(root, "confirm", "uk", "labels.whatsapp") == 0  # stays 'WhatsApp' on purpose
    assert run(root, "review", "uk", "--by", "Оксана Коваленко") == 0
    capsys.readouterr()
    assert run(root, "status", "--format", "json") == 0
    uk = json.loads(capsys.readouterr().out)["languages"][-1]
    assert (uk["language"], uk["translated"], uk["outdated"], uk["reviewed"]) == ("uk", 106, 0, 106)

    assert run(root, "build", "-l", "uk", "-l", "nl") == 0
    manifest = json.loads((root / "build" / "manifest.json").read_text(encoding="utf-8"))
    assert {f["path"] for f in manifest["files"] if not f["path"].startswith("site/")} == {
        "print/hulpwijzer-uk-2026-11-24.pdf",
        "screen/hulpwijzer-uk.pdf",
        "print/hulpwijzer-nl-2026-11-24.pdf",
        "screen/hulpwijzer-nl.pdf",
        "proof/hulpwijzer-uk.pdf",
        "proof/hulpwijzer-nl.pdf",
        "large-print/hulpwijzer-uk.pdf",
        "large-print/hulpwijzer-nl.pdf",
        "homeprint/hulpwijzer-uk.pdf",
        "homeprint/hulpwijzer-nl.pdf",
        "card/hulpwijzer-card-uk-2026-11-24.pdf",
        "card/hulpwijzer-card-nl-2026-11-24.pdf",
        "card/hulpwijzer-card-mul-2026-11-24.pdf",
        "poster/hulpwijzer-poster-2026-11-24.pdf",
        "poster/hulpwijzer-poster-screen.pdf",
    }
    poster = page_texts(root / "build" / "poster" / "hulpwijzer-poster-screen.pdf")
    assert any("Українська" in page for page in poster)  # the new language is on the poster
    uk_pages = page_texts(root / "build" / "print" / "hulpwijzer-uk-2026-11-24.pdf")
    assert len(uk_pages) % 4 == 0 and len(uk_pages) <= 16
    assert "Довідник допомоги" in uk_pages[0] and "DRAFT" not in uk_pages[0]
    assert "Українська" in page_texts(root / "build" / "print" / "hulpwijzer-nl-2026-11-24.pdf")[0]

    assert run(root, "preview", "uk") == 0
    assert "as it will be printed" in capsys.readouterr().out
    pngs = sorted((root / "preview" / "uk").glob("page-*.png"))
    assert [p.name for p in pngs] == [f"page-{n:02d}.png" for n in range(1, len(uk_pages) + 1)]
    with Image.open(pngs[0]) as image:  # A5 at 100 dpi
        assert image.size == (583, 827)


def test_a_stale_schema_says_what_to_do_in_the_users_words(root, capsys):
    nl = root / "translations" / "nl.yaml"
    nl.write_text(
        nl.read_text(encoding="utf-8").replace(
            '  notes: "Notities"', '  notes: "Notities"\n  x: "y"'
        ),
        encoding="utf-8",
    )
    run(root, "status")
    out = capsys.readouterr().out
    assert "schemas/translation.schema.json" in out
    assert "Run 'hulpwijzer schemas' to bring it up to date" in out
    assert "commit" not in out
    assert run(root, "schemas") == 0
    capsys.readouterr()
    run(root, "status")
    assert "schemas/translation.schema.json" not in capsys.readouterr().out
