"""The typesetter's speed-ups give what the long ways give: direct HarfBuzz shaping equals
ReportLab's, and the plain-Latin line layout equals the general one."""

from __future__ import annotations

import pytest
from reportlab.lib.abag import ABag
from reportlab.pdfbase.ttfonts import shapeFragWord

from hulpwijzer import typeset as text
from hulpwijzer.typeset import fonts, runs, shaping

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
        ours = shaping._harfbuzz(sample, font)
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
