"""Fonts: registration, the font chosen for each character, and one answer to "can it be
printed" for the checks (:mod:`hulpwijzer.glyphs`) and the renderer (ReportLab's fonts)."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from hulpwijzer import glyphs
from hulpwijzer import typeset as T
from hulpwijzer.typeset import fonts

from .oracles import SIZE, WIDTH, chars_on, drawn_glyphs, make_pdf, page_chars, undrawable, visual


def test_turkish_uses_noto_sans_and_has_all_glyphs(tmp_path):
    text = "İstanbul ığdır ŞĞ"
    assert glyphs.missing(text) == undrawable(text) == set()
    (line,) = T.wrap(text, WIDTH, SIZE)
    assert {r.font for r in line.runs} == {"NotoSans"}
    pdf = make_pdf(tmp_path / "tr.pdf", [(text, False)])
    assert visual(chars_on(page_chars(pdf.path), pdf.drawn[0].y)) == text.replace(" ", "")
    assert all(gid != 0 for _, gid in drawn_glyphs(pdf)[0])


def test_font_choice_per_run():
    (line,) = T.wrap("قال Ali: «نعم» (2)", WIDTH, SIZE, rtl=True)
    by_text = {r.text: r.font for r in line.runs}
    assert by_text["Ali"] == "NotoSans"
    assert any(f == "NotoSansArabic" and "قال" in t for t, f in by_text.items())
    assert by_text["("] == "NotoSans"  # Noto Sans Arabic has no parentheses: fallback
    (bold,) = T.wrap("مرحبا Ali", WIDTH, SIZE, bold=True, rtl=True)
    assert {r.font for r in bold.runs} == {"NotoSansArabic-Bold", "NotoSans-Bold"}


def test_missing_glyphs():
    for missing in (glyphs.missing, undrawable):  # the checks' answer and the renderer's
        assert missing("Hulp 😀 nodig 漢") == {"😀", "漢"}
        assert missing("\u200f\u2066x\u2069\u200b\ufe0f") == set()
        assert missing("مرحبا 0800 — “x” € İ ğ") == set()


def test_register_fonts_is_idempotent():
    T.register_fonts()
    T.register_fonts()
    for name in fonts.FONT_PATHS:
        assert name in pdfmetrics.getRegisteredFontNames()


def test_page_uses_only_embedded_fonts(tmp_path):
    pdf = make_pdf(tmp_path / "fonts.pdf", [("Hallo مرحبا", False)])
    raw = pdf.path.read_bytes()
    assert b"Helvetica" not in raw
    assert b"/FontFile2" in raw


# Characters of many scripts: (first, last) code point, and whether the bundled fonts have them.
SCRIPTS = {
    "Latin": (0x0020, 0x024F, True),
    "Cyrillic": (0x0400, 0x04FF, True),
    "Arabic": (0x0600, 0x06FF, True),
    "Arabic presentation forms": (0xFB50, 0xFDFF, True),
    "Hebrew": (0x0590, 0x05FF, False),
    "Ethiopic": (0x1200, 0x137F, True),
    "CJK": (0x4E00, 0x4FFF, False),
    "emoji": (0x1F300, 0x1F64F, False),
}


def test_the_checks_and_the_renderer_agree_on_every_character():
    # glyphs.missing reads the font files' character maps itself; the renderer draws from
    # ReportLab's font objects. Every character up to U+2FFFF gets the same answer from both.
    every = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c <= 0xDFFF)
    assert glyphs.missing(every) == undrawable(every)
    for script, (first, last, printed) in SCRIPTS.items():
        sample = "".join(chr(c) for c in range(first, last + 1))
        missing = glyphs.missing(sample)
        assert missing == undrawable(sample), script
        # most of the block is there, or most of it is not (reserved code points aside)
        assert (len(missing) < len(sample) / 4) if printed else (len(missing) > len(sample) / 4)


def test_the_renderer_registers_the_fonts_glyphs_lists():
    T.register_fonts()
    files = {path.name for path in fonts.FONT_PATHS.values()}
    assert files == {name for row in glyphs.FONTS.values() for name in (row.regular, row.bold)}
    for name, path in fonts.FONT_PATHS.items():
        assert pdfmetrics.getFont(name).face.filename == str(path)
    assert {T.LATIN_FONT, T.ARABIC_FONT, "NotoSansEthiopic"} == set(glyphs.FONTS)
    assert set(glyphs.FONT_DIR.glob("*.ttf")) == set(fonts.FONT_PATHS.values())  # no stray file
