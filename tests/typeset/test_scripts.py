"""The scripts of newcomers' languages: the font chosen per character and script, line breaks
that suit Ethiopic, Persian, Pashto and Kurdish letters drawn and in the right order, asserted
on real PDF output (glyph ids from the content stream, character boxes from pypdfium2)."""

from __future__ import annotations

import pytest

from hulpwijzer import glyphs
from hulpwijzer import typeset as T
from hulpwijzer.typeset.lines import _words

from .oracles import (
    SIZE,
    WIDTH,
    chars_on,
    drawn_glyphs,
    hb_glyphs,
    is_digitish,
    make_pdf,
    page_chars,
    undrawable,
    visual,
)

# letters each alphabet adds to its script's base, which a font may well lack
ALPHABETS = {
    "Persian": "پچژگکی",
    "Pashto": "ټډړښږځڅګڼۍېږ",
    "Kurdish (Sorani)": "ڕڵۆێەھ",
    "Kurdish (Kurmanji)": "êîûçşÊÎÛÇŞ",
    "Somali": "Xagee ka bilaabaa? Dh'",
    "Ukrainian": "ґєіїҐЄІЇ",
    "Tigrinya": "ሀለሐመሠረሰሸቀቐበቨተቸኀነኘአከኸወዐዘዠየደጀገጠጨጰጸፀፈፐ፡።፣፤፥፦፧",
}


@pytest.mark.parametrize("alphabet", sorted(ALPHABETS))
def test_every_alphabet_is_covered_in_regular_and_bold(alphabet):
    letters = ALPHABETS[alphabet]
    assert glyphs.missing(letters) == undrawable(letters) == set()


def test_each_script_gets_its_font():
    assert glyphs.script_family("ሰ") == glyphs.script_family("፡") == "NotoSansEthiopic"
    assert glyphs.script_family("ڵ") == glyphs.script_family("،") == "NotoSansArabic"
    assert glyphs.script_family("ş") is glyphs.script_family("1") is None  # the base font's
    (line,) = T.wrap("ደውሉ 112።", WIDTH, SIZE, bold=True)
    fonts = {r.text: r.font for r in line.runs}
    assert fonts["ደውሉ"] == "NotoSansEthiopic-Bold" and fonts["።"] == "NotoSansEthiopic-Bold"
    assert fonts[" 112"] == "NotoSans-Bold"  # digits as in every other language


def test_ethiopic_is_shaped_and_drawn_as_harfbuzz_draws_it(tmp_path):
    text = "ሓገዝ እንተደሊኹም፡ ናብ ምምሕዳር ከተማ ደውሉ።"
    pdf = make_pdf(tmp_path / "ti.pdf", [(text, False)])
    (drawn,) = drawn_glyphs(pdf)
    assert all(gid != 0 for _, gid in drawn)  # no .notdef
    ethiopic = [g for g in drawn if g[0] == "NotoSansEthiopic"]
    want = [g for word in text.split() for g in hb_glyphs(word, "NotoSansEthiopic", False)]
    assert ethiopic == want
    row = chars_on(page_chars(pdf.path), pdf.drawn[0].y)
    assert visual(row) == text.replace(" ", "")  # left to right, every syllable


def test_ethiopic_wordspace_and_full_stop_are_break_opportunities():
    para = "ሰላም፡ዓለም።ሓገዝ፡፡ኣሎ"  # written without spaces, as older texts are
    assert [para[s:e] for s, e in _words(para)] == ["ሰላም፡", "ዓለም።", "ሓገዝ፡፡", "ኣሎ"]
    width = T.measure("ሰላም፡ዓለም።", SIZE) + 1
    lines = [line.text for line in T.wrap(para, width, SIZE)]
    assert lines == ["ሰላም፡ዓለም።", "ሓገዝ፡፡ኣሎ"]  # at a mark, never between letters


def test_numbers_never_break_next_to_ethiopic_marks():
    para = "ደውሉ፡0800 2000።ብነጻ፡14 045።"
    words = [para[s:e] for s, e in _words(para)]
    assert "0800 2000።" in words and "14 045።" in words
    widest = max(T.measure(word, SIZE) for word in words)  # narrower: a word is cut anyway
    for width in range(int(widest) + 1, 200, 7):
        for line in T.wrap(para, width, SIZE):
            assert line.text.count("0800") == line.text.count("2000")
            assert ("14" in line.text) == ("045" in line.text)


PERSIAN = [
    ("با شهرداری تماس بگیرید: 14 045.", ["14 045"]),
    ("شبانه‌روزی رایگان: 0800 2000", ["0800 2000"]),
    ("پښتو: 112 ته زنګ ووهئ", ["112"]),
    ("کوردی: پەیوەندی بکە بە 0900 8844", ["0900 8844"]),
]


def test_persian_pashto_and_sorani_read_right_to_left_with_numbers_left_to_right(tmp_path):
    pdf = make_pdf(tmp_path / "fa.pdf", [(t, True) for t, _ in PERSIAN])
    chars = page_chars(pdf.path)
    for (text, numbers), d, glyph_line in zip(PERSIAN, pdf.drawn, drawn_glyphs(pdf), strict=True):
        row = chars_on(chars, d.y)
        assert visual(row, is_digitish) == "".join(n.replace(" ", "") for n in numbers), text
        assert all(gid != 0 for _, gid in glyph_line), text
        # the first word of the sentence lies at the right end of the line
        first = text.split()[0].rstrip(":")
        right = [c for c in row if not is_digitish(c)][-len(first.replace("\u200c", "")) :]
        shaped = {c.ch for c in right if not 0xE000 <= ord(c.ch) <= 0xF8FF}  # joining forms
        assert shaped and shaped <= set(first), text
        arabic = [g for g in glyph_line if g[0] == "NotoSansArabic"]
        assert len(arabic) < len(text)  # shaped: joining forms and ligatures, not letters


def test_persian_zero_width_non_joiner_keeps_the_word_and_is_never_drawn():
    (line,) = T.wrap("می‌خواهید", WIDTH, SIZE, rtl=True)
    assert [r.text for r in line.runs] == ["می\u200cخواهید"]  # one run: one word
    assert "\u200c" not in line.runs[0].shaped
    assert T.measure("می‌خواهید", SIZE, rtl=True) > T.measure("میخواهید", SIZE, rtl=True)
