"""Every newcomer's language builds; a language the fonts cannot print fails alone.

One project with small translations in Tigrinya (Ethiopic), Persian and Pashto (Arabic script,
right to left), Somali (Latin) and Ukrainian (Cyrillic), made as a translator would
(``add-language``, then the texts), and Chinese, whose script the guide has no font for. It is
built once; the tests read the real PDFs: the words come back, every glyph is drawn (no empty
boxes, judged by the font files' own character maps), right-to-left lines and their numbers are
in the right order.
"""

from __future__ import annotations

import json
import re

import pytest

from hulpwijzer import glyphs
from hulpwijzer.load import load_guide
from hulpwijzer.texts import source_texts

from ..pdfcheck import page_texts, undrawn_characters, visual_lines
from ..project import copy_project
from ..scripts import SCRIPTS, add_language, run, sample

RTL = ("fa", "ps")
# words of each sample, as they must read back from the PDF
WORDS = {
    "ti": ["መምርሒ ሓገዝ", "ካበይ ክጅምር?", "ገንዘብን ዕዳን", "ደውሉ፡ 14 045።", "ኣገደስቲ ቁጽርታት"],
    "so": ["Hagaha Caawimada", "Xagee ka bilaabaa?", "Lacag iyo deyn", "Lambarro muhiim ah"],
    "uk": ["Довідник допомоги", "З чого почати?", "Гроші та борги", "Важливі номери"],
    # right to left: compared in visual order (read from the character boxes)
    "fa": ["شهرداری", "کمک", "پول", "بگیرید", "خانواده", "یادداشت", "چیزی"],
    "ps": ["مرستې", "ځوانان", "ډیجیټل", "زنګ", "شمېرې", "وړیا"],
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("scripts"))
    for code in SCRIPTS:
        add_language(root, code, sample(code))
    dutch = source_texts(load_guide(root))
    chinese = {key: f"中文 {source.text}" for key, source in dutch.items() if not source.optional}
    told = add_language(root, "zh", chinese)
    status, out, err = run(root, "build", "--jobs", "2")
    return root, status, out, err, told


def test_every_language_builds_and_the_one_without_a_font_fails_alone(built):
    root, status, out, err, told = built
    assert "warning: zh: the fonts of the guide cannot draw" in told  # said at once
    assert "Noto Sans SC" in told
    assert status == 0  # the other languages are fine to print
    manifest = json.loads((root / "build" / "manifest.json").read_text(encoding="utf-8"))
    built_languages = {f["language"] for f in manifest["files"]} - {"mul"}  # mul: the whole site
    assert built_languages == {"nl", "ar", "en", "tr", *SCRIPTS}
    assert not list((root / "build").rglob("*-zh*"))
    assert not (root / "review").exists()  # not even a draft with empty boxes
    assert re.search(r"skipped: zh \(Chinese\): NOT BUILT.*\(Han: \d+ character", out)
    assert "Noto Sans SC" in out and "src/hulpwijzer/fonts/" in out and "glyphs.py" in out
    assert "warning: NOT built: zh" in err and "No guides were built" not in err
    cover = page_texts(root / "build" / "print" / "hulpwijzer-nl-2026-11-24.pdf")[0]
    for name in ("ትግርኛ", "Soomaali", "Українська"):
        assert name in cover
    assert "中文" not in cover  # held back, so not named


def test_check_reports_the_language_once_with_what_to_do(built):
    root = built[0]
    status, out, err = run(root, "check", "--no-layout")
    assert status == 1
    zh = [line for line in out.splitlines() if "translations/zh.yaml" in line and "error" in line]
    assert len(zh) == 1  # one message for the language, not one per text
    assert "Chinese (中文) cannot be printed: the guide has no font for its script (Han)" in zh[0]
    assert "holds zh back and builds the other languages" in zh[0]
    for code in SCRIPTS:
        assert f"error: translations/{code}.yaml" not in out


def test_only_the_language_without_a_font_builds_nothing(built, tmp_path):
    root = built[0]
    status, out, err = run(root, "build", "-l", "zh", "--out", str(tmp_path / "b"))
    assert status == 1 and "NOT BUILT" in out and "Nothing was built" in err
    status, out, err = run(root, "build", "--draft", "zh", "--out", str(tmp_path / "b"))
    assert status == 1 and "NOT BUILT" in out and not (root / "review").exists()


@pytest.mark.parametrize("code", sorted(SCRIPTS))
def test_the_words_come_back_and_every_glyph_is_drawn(built, code):
    root = built[0]
    for variant in ("print", "screen"):
        name = (
            f"hulpwijzer-{code}-2026-11-24.pdf" if variant == "print" else f"hulpwijzer-{code}.pdf"
        )
        pdf = root / "build" / variant / name
        assert undrawn_characters(pdf, glyphs.FONT_DIR) == []
        if code in RTL:
            pages = len(page_texts(pdf))
            lines = ["".join(line.split()) for i in range(pages) for line in visual_lines(pdf, i)]
            for word in WORDS[code]:  # right to left: the letters lie right to left
                assert any(_reversed(word).search(line) for line in lines), word
        else:
            text = " ".join(" ".join(page.split()) for page in page_texts(pdf))
            for word in WORDS[code]:
                assert word in text, word


def _reversed(word: str) -> re.Pattern:
    """A word of Arabic script as it lies on the page, left to right: its letters reversed.

    A joining form that Unicode has no code point for (the initial "ځ" of Pashto) is a glyph
    the PDF names by a private-use number: it stands for its letter here (that it is a real
    glyph of the font is what undrawn_characters proves).
    """
    return re.compile("".join(f"(?:{re.escape(c)}|[\ue000-\uf8ff])" for c in reversed(word)))


@pytest.mark.parametrize("code", RTL)
def test_numbers_read_left_to_right_in_right_to_left_lines(built, code):
    pdf = built[0] / "build" / "print" / f"hulpwijzer-{code}-2026-11-24.pdf"
    pages = len(page_texts(pdf))
    lines = ["".join(line.split()) for i in range(pages) for line in visual_lines(pdf, i)]
    cover = ["".join(line.split()) for line in visual_lines(pdf, 0)]
    assert any("112" in line for line in cover) and not any("211" in line for line in cover)
    assert any("14045" in line for line in lines)  # the municipality's number, whole
    assert not any("04514" in line for line in lines)
    assert any("08002000" in line for line in lines)  # Veilig Thuis
