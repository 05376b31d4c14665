"""The typesetter's speed-ups give what the long ways give: direct HarfBuzz shaping equals
ReportLab's, the plain-Latin line layout equals the general one, a paragraph's lines are the
same with its words measured in it as with each word shaped alone, and with its lines' glyphs
cut from its own shaping as with each line shaped alone, and the protected spans
found with a quick look first are those of the whole expression."""

from __future__ import annotations

import re

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.abag import ABag
from reportlab.pdfbase.ttfonts import shapeFragWord

from hulpwijzer import typeset as text
from hulpwijzer.typeset import fonts, lines, runs, shaping, spans

SHAPE_SAMPLES = [
    "Test organisation 0042",
    "0800 0042",
    "https://example.org/test-0042",
    "Türkçe: İş ve gelir, 09:00–17:00",
    "office ﬁ AVATAR",
    "e\u0301 n\u0303",
    "مرحبا بالعالم",
    "پښتو ښښښ",
    "لا إله",
    "(112) - ",
]


@pytest.mark.parametrize("font", sorted(fonts.FONT_PATHS))
def test_direct_harfbuzz_shaping_equals_reportlabs(font):
    text.register_fonts()
    for sample in SHAPE_SAMPLES:
        ours, _ = shaping._harfbuzz(sample, font)
        word = [0, (ABag(fontName=font, fontSize=1000), sample)]
        theirs = shapeFragWord(word, features=shaping._FEATURES, force=True)[1][1]
        assert ours is not None
        assert str(ours) == str(theirs), sample
        assert ours.__shapeData__ == theirs.__shapeData__, sample


def test_plain_line_layout_equals_the_general_layout(monkeypatch):
    text.register_fonts()
    samples = [*SHAPE_SAMPLES, "", "Bel 0800 0042 of mail test-0042@example.org", "A1 1e"]
    fast = {
        (s, bold, rtl): runs.layout_line.__wrapped__(s, 12.0, bold, rtl)
        for s in samples
        for bold in (False, True)
        for rtl in (False, True)
    }
    assert any(runs._plain_latin(s, False) for s in samples)
    monkeypatch.setattr(runs, "_plain_latin", lambda *args: False)
    for (s, bold, rtl), line in fast.items():
        assert runs.layout_line.__wrapped__(s, 12.0, bold, rtl) == line, (s, bold, rtl)


LINE_WORDS = ["Tyre", "office", "To", "Wa", "AVAVA,", "Yo", "fi", "ffl.", "0800 2000", "İş"]
LINE_WORDS += ["gelir,", "09:00–17:00", "(gratis)", "https://example.org/a", "Ελλάδα", "µg", "Ty."]


def _drawn(lines_: tuple) -> list:
    return [
        (line, [getattr(run.shaped, "__shapeData__", None) for run in line.runs]) for line in lines_
    ]


@given(
    st.lists(st.sampled_from(LINE_WORDS), min_size=1, max_size=24),
    st.sampled_from([30.0, 60.0, 120.0, 240.0]),
    st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_lines_cut_from_the_paragraph_are_the_lines_shaped_alone(words, width, bold):
    text.register_fonts()
    paragraph = " ".join(words)
    cut = lines._wrap.__wrapped__(paragraph, width, 10.0, bold, False)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(runs, "shape_part", lambda *args: None)  # every line shaped alone
        alone = lines._wrap.__wrapped__(paragraph, width, 10.0, bold, False)
    assert _drawn(cut) == _drawn(alone), paragraph


SPAN_PARTS = ["0800 2000", "٠١٢", "112.", "www.", "www.!", "https://", "http://x", "@"]
SPAN_PARTS += ["a@b.nl", "heerlen.nl", "e.g.", ". ", "(", ")", "€ 5", "5 %", ":", "-", "/"]
SPAN_PARTS += ["Bel", "بلدية", " "]


@given(st.lists(st.sampled_from(SPAN_PARTS) | st.text(alphabet="aw.:@/1 )(-", max_size=6)))
@settings(max_examples=400, deadline=None)
def test_protected_spans_are_those_of_the_whole_expression(parts):
    """A text without a digit, "@", ":", "www." or a dot before a letter is answered without
    the long expression: the same spans as with it."""
    sample = "".join(parts)
    quick = spans.protected_spans(sample)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(spans, "_MAYBE_PROTECTED_RE", re.compile(""))  # always the long way
        assert quick == spans.protected_spans(sample), sample


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


@pytest.mark.parametrize("language", ["nl", "en", "tr", "ar"])
def test_words_measured_in_their_paragraph_give_the_lines_of_words_shaped_alone(
    sample_root, monkeypatch, language
):
    """Every text of the guide, wrapped at three widths: the same lines whether the estimate of
    a line's last word adds up the words' glyphs in their paragraph or shapes each word."""
    text.register_fonts()
    texts = yaml.safe_load((sample_root / "translations" / f"{language}.yaml").read_text())
    paragraphs = [p for s in _strings(texts) for p in s.split("\n") if p.strip()]
    rtl = language == "ar"
    cases = [(p, width, size) for p in paragraphs for width, size in ((90, 9), (200, 9), (300, 16))]
    quick = [lines._wrap_paragraph(p, width, size, False, rtl) for p, width, size in cases]
    assert sum(len(q) > 1 for q in quick) > 100  # many paragraphs take several lines

    def alone(para, whole, words, size, bold, rtl):
        return [runs.layout_line(para[s:e], size, bold, rtl).width for s, e in words]

    # and the estimate is as good: kerning across a space aside, a neutral at a word's edge
    # may take another font in its paragraph (the "." of "UWV." in Arabic: 0.45 pt)
    for p in paragraphs:
        whole, words = runs.layout_line(p, 9.0, False, rtl), lines._words(p)
        measured = lines._word_widths(p, whole, words, 9.0, False, rtl)
        expected = alone(p, whole, words, 9.0, False, rtl)
        assert measured == pytest.approx(expected, rel=0.03, abs=0.05)
    monkeypatch.setattr(lines, "_word_widths", alone)
    for (p, width, size), got in zip(cases, quick, strict=True):
        assert lines._wrap_paragraph(p, width, size, False, rtl) == got, (p, width)
