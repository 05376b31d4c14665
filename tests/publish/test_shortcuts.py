"""The short ways taken for speed give what the long ways give: HarfBuzz called directly and
ReportLab's shaping, the plain-Latin line layout and the general one, libyaml and the strict
YAML loader, one-pass padding and two passes. (They test typeset, load and outputs.pdf; they came
with the build's speed-ups and await their own test folders.)"""

from __future__ import annotations

import re

import pytest
from reportlab.lib.abag import ABag
from reportlab.pdfbase.ttfonts import shapeFragWord

from hulpwijzer import typeset as text
from hulpwijzer.compose.booklet import compose_booklet
from hulpwijzer.compose.texts import Texts
from hulpwijzer.load import load_guide
from hulpwijzer.model import InputError
from hulpwijzer.outputs.pdf import render, story
from hulpwijzer.typeset import fonts, runs, shaping

# The short ways of text.py (for speed) must give what the long ways give.
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


TRICKY_YAML = """\
# comment
plain: Een tekst met 'quotes', een #hekje en een dubbele punt:zonder spatie
quoted: "Regel één\\nRegel twee \\u00e9 \\t tab"
single: 'It''s'
folded: >-
  lange tekst
  over twee regels
literal: |
  regel 1
    ingesprongen
time: 09:00
sexagesimal: 17:30
date: 2026-11-24
number: 0800
float: 1.5
yes_no: [yes, no, on, off, ~, null]
flow: {a: 1, b: [x, "y z"]}
unicode: "مرحبا — Türkçe — 🙂"
empty:
nested:
  - id: a
    list: []
  - id: b
    map: {}
"""


def test_libyaml_and_the_strict_loader_read_the_same(sample_root):
    from hulpwijzer import load

    texts = [TRICKY_YAML, TRICKY_YAML.replace("\n", "\r\n")]
    for folder in ("content", "translations"):
        texts += [p.read_text("utf-8") for p in sorted((sample_root / folder).glob("*.yaml"))]
    for source in texts:
        fast = load._compose_with_libyaml(source)
        assert fast is not None
        loader = load._StrictLoader(source)
        try:
            careful = loader.get_single_node()
        finally:
            loader.dispose()
        fast_reader, careful_reader = load._NodeReader(), load._NodeReader()
        assert fast_reader.convert(fast[0], ()) == careful_reader.convert(careful, ())
        assert fast_reader.lines == careful_reader.lines
        assert fast_reader.raw == careful_reader.raw
        assert fast_reader.spans == careful_reader.spans


@pytest.mark.parametrize(
    "source",
    ["a: &x 1\nb: *x\n", "a: &x 1\n", "a: 1\na: 2\n", "a: b: c\n", "a: !!python/name:os.system\n"],
)
def test_what_the_strict_loader_refuses_libyaml_leaves_to_it(tmp_path, source):
    from hulpwijzer import load

    path = tmp_path / "x.yaml"
    path.write_text(source, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load.read_yaml(path, tmp_path)
    monkeypatched = pytest.MonkeyPatch()
    monkeypatched.setattr(load, "_LIBYAML", None)
    try:
        with pytest.raises(InputError) as again:
            load.read_yaml(path, tmp_path)
    finally:
        monkeypatched.undo()
    assert [m.format() for m in caught.value.messages] == [m.format() for m in again.value.messages]


def _two_pass(guide, language, variant):
    """The renderer's former way: count the pages without notes, then render with them."""
    booklet = compose_booklet(guide, Texts(guide, language))
    first = render._build(guide, booklet, variant, 0)
    if first.pages % 4 == 0:
        return first
    return render._build(guide, booklet, variant, -first.pages % 4)


@pytest.mark.parametrize("long_back_page", [False, True])
def test_one_pass_padding_gives_the_two_pass_result(sample_copy, long_back_page):
    if long_back_page:  # 12 emergency numbers: the back page runs onto a second page
        guide_yaml = sample_copy / "content" / "guide.yaml"
        ids = [c.id for c in load_guide(sample_copy).contacts.values() if c.phones][:12]
        guide_yaml.write_text(
            re.sub(
                r"^emergency: .*$",
                "emergency: [" + ", ".join(ids) + "]",
                guide_yaml.read_text("utf-8"),
                flags=re.M,
            ),
            "utf-8",
        )
    guide = load_guide(sample_copy)
    text.register_fonts()
    if long_back_page:  # the supposition of a one-page back page is wrong here
        booklet = compose_booklet(guide, Texts(guide, "nl"))
        padding = story.notes_padding(booklet)
        assert render._build(guide, booklet, "print", padding).pages % 4
    for language in ("nl", "ar") if not long_back_page else ("nl",):
        results = render.render_variants(guide, language)
        for variant, result in results.items():
            assert result.pages % 4 == 0
            assert result.pdf == _two_pass(guide, language, variant).pdf, (language, variant)
