"""Shaping: the glyphs drawn in a real PDF are HarfBuzz's glyphs for each run (joining forms,
ligatures, mirrored brackets), with no control character and no joiner drawn."""

from __future__ import annotations

import unicodedata

from .oracles import drawn_glyphs, hb_font, hb_glyphs, make_pdf, page_chars, visual

# --------------------------------------------------------------------------------------------
# the glyph oracle: uharfbuzz shaping the same text
# --------------------------------------------------------------------------------------------
AR = "NotoSansArabic"
LA = "NotoSans"

PURE_ARABIC = [
    "لا إله إلا الله",
    "السلام عليكم ورحمة الله",
    "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ",
    "لا تتردد في الاتصال بنا، نحن هنا للمساعدة",
]

# Mixed lines and their expected visual composition: (logical text of the piece, font, rtl),
# left to right. Written out by hand from the isolate rules, independent of the layout code.
MIXED = {
    "اتصل بالرقم 0800 2000 مجانا": [
        (" مجانا", AR, True),
        ("0800 2000", LA, False),
        ("اتصل بالرقم ", AR, True),
    ],
    "اتصل بـ Veilig Thuis الآن": [
        (" الآن", AR, True),
        ("Veilig Thuis", LA, False),
        ("اتصل بـ ", AR, True),
    ],
    "زوروا https://x.nl/a للمزيد": [
        (" للمزيد", AR, True),
        ("https://x.nl/a", LA, False),
        ("زوروا ", AR, True),
    ],
    "الرقم +31 20 123 4567 أو 14 045": [
        ("14 045", LA, False),
        (" أو ", AR, True),
        ("+31 20 123 4567", LA, False),
        ("الرقم ", AR, True),
    ],
}


def test_glyph_oracle_pure_and_mixed_arabic(tmp_path):
    paragraphs = [(t, True) for t in PURE_ARABIC] + [(t, True) for t in MIXED]
    pdf = make_pdf(tmp_path / "oracle.pdf", paragraphs)
    assert len(pdf.drawn) == len(paragraphs), "every test line fits on one line"
    glyphs = drawn_glyphs(pdf)
    assert len(glyphs) == len(paragraphs)
    for text, got in zip(PURE_ARABIC, glyphs, strict=False):
        assert got == hb_glyphs(text, AR, True), text
    for (text, pieces), got in zip(MIXED.items(), glyphs[len(PURE_ARABIC) :], strict=True):
        expected = [g for piece, font, rtl in pieces for g in hb_glyphs(piece, font, rtl)]
        assert got == expected, text
    # the ligatures really are there: lam-alef is one glyph, so fewer glyphs than letters
    assert len(glyphs[0]) < len(PURE_ARABIC[0])
    assert all(gid != 0 for line in glyphs for _, gid in line), "no .notdef drawn"


def test_runs_match_pdf_and_draw_no_control_characters(tmp_path):
    text = "\u200fاتصل\u200b بالرقم \u2066\u200e0800 2000\u2069\u202c مجانا\u00ad"
    pdf = make_pdf(tmp_path / "ctrl.pdf", [(text, True)])
    (line,) = [d.line for d in pdf.drawn]
    assert line.text == "اتصل بالرقم 0800 2000 مجانا"
    (got,) = drawn_glyphs(pdf)
    assert got == [g for r in line.runs for g in hb_glyphs(r.text, r.font, r.rtl)]
    assert all(gid != 0 for _, gid in got)
    extracted = visual(page_chars(pdf.path))
    controls = {c for c in extracted if unicodedata.category(c) in ("Cc", "Cf")}
    assert not controls


def test_zwnj_steers_joining_but_is_not_drawn(tmp_path):
    word = "می\u200cخواهم"  # Persian: ZWNJ keeps ی from joining خ
    pdf = make_pdf(tmp_path / "zwnj.pdf", [(word, True)])
    (got,) = drawn_glyphs(pdf)
    oracle = hb_glyphs(word, AR, True)
    space = hb_font(AR).get_nominal_glyph(ord(" "))
    assert got == [g for g in oracle if g[1] != space]  # HarfBuzz puts an empty glyph there
    assert hb_glyphs("میخواهم", AR, True) != oracle  # ... and it does change the shapes


def test_brackets_mirror_in_rtl_runs(tmp_path):
    pdf = make_pdf(tmp_path / "mirror.pdf", [("قال (نعم) و«مرحبا» [لا]", True)])
    (got,) = drawn_glyphs(pdf)
    names = {}
    for font in (LA, AR):
        for ch in "()[]«»":
            gid = hb_font(font).get_nominal_glyph(ord(ch))
            if gid:
                names[(font, gid)] = ch
    # the glyphs drawn, left to right: each pair opens towards its content. (pdfium's text
    # extraction mirrors characters of RTL text itself, so it cannot be the oracle here.)
    assert "".join(names.get(g, "") for g in got) == "[]«»()"


# --------------------------------------------------------------------------------------------
# a line's glyphs cut from its paragraph's shaping (shape_part)
# --------------------------------------------------------------------------------------------
def test_a_line_cut_from_its_paragraph_is_the_line_shaped_alone():
    from hulpwijzer.typeset import register_fonts
    from hulpwijzer.typeset.shaping import shape, shape_part

    register_fonts()
    paragraph = "Tyre office: To Wa AVAVA, Yo fi ffl. Bel ons gerust."
    words = [(0, 4), (5, 12), (13, 15), (16, 18), (19, 25), (27, 29), (30, 32), (33, 37)]
    cuts = 0
    for first, (start, _) in enumerate(words):
        for _, end in words[first:]:
            cut = shape_part(paragraph, LA, start, end)
            if cut is None:  # not safe here: the line is shaped alone
                continue
            alone = shape(paragraph[start:end], LA, False)
            assert str(cut[0]) == str(alone[0]), paragraph[start:end]
            assert list(cut[0].__shapeData__) == list(alone[0].__shapeData__)
            assert cut[1] == alone[1]
            cuts += 1
    assert cuts >= 20  # of 36: most lines are cut, not shaped again


def test_a_part_is_shaped_again_where_cutting_is_not_exact():
    from hulpwijzer.typeset import register_fonts
    from hulpwijzer.typeset.shaping import shape_part

    register_fonts()
    # inside a kerning pair (A|V) HarfBuzz marks the cut unsafe to break
    assert shape_part("AVA", LA, 0, 1) is None
    # a part without a letter: HarfBuzz guesses no script for it, unlike the whole (Latin)
    assert shape_part("Bel 0800 2000", LA, 4, 13) is None
    # a paragraph of another script, and a right-to-left paragraph's own shaping
    assert shape_part("Ελληνικά κείμενα", LA, 0, 8) is None
    assert shape_part("اتصل بالرقم", AR, 0, 4) is None
