"""The booklet to print at home (:mod:`hulpwijzer.outputs.pdf.homeprint`): the page numbers
printed on each A4 side, read from its left and right halves, are in saddle order; folded, the
printed stack reads 1, 2, 3 … (right to left for Arabic)."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm

from hulpwijzer.compose.texts import Texts
from hulpwijzer.load import load_guide
from hulpwijzer.outputs.pdf import render
from hulpwijzer.outputs.pdf.homeprint import saddle_sides

from ..pdfcheck import page_boxes, page_texts, visual_lines

A4_LANDSCAPE = (297 * mm, 210 * mm)
NUMBER_STRIP = 17 * mm  # the page numbers sit in the bottom margin of each page


@pytest.fixture(scope="module")
def guide(sample_root):
    return load_guide(sample_root)


@pytest.fixture(scope="module")
def booklets(guide):
    """The home print and the screen file of Dutch and Arabic, rendered once."""
    return {
        lang: render.render_variants(guide, lang, ("screen", "homeprint")) for lang in ("nl", "ar")
    }


def halves(pdf: bytes) -> list[tuple[str, str]]:
    """Per sheet side: the digits printed in the bottom strip of its left and right half."""
    doc = pdfium.PdfDocument(pdf)
    try:
        sides = []
        for page in doc:
            width = page.get_width()
            textpage = page.get_textpage()
            found = {0: [], 1: []}
            for i in range(textpage.count_chars()):
                char = textpage.get_text_range(i, 1)
                left, bottom, right, top = textpage.get_charbox(i)
                if char.isdigit() and top < NUMBER_STRIP:
                    found[int(left >= width / 2)].append((left, char))
            sides.append(tuple("".join(c for _, c in sorted(found[h])) for h in (0, 1)))
        return sides
    finally:
        doc.close()


def folded_order(sides: list[tuple[str, str]], rtl: bool) -> list[str]:
    """What a reader meets page by page in the folded stack: sides 1 and 2 are the front and
    back of the outer sheet; printed flipped on the short edge, the back's left half lies
    behind the front's right half. Left to right: the first half of the booklet is the right
    half of each front and the left half of each back, outer sheet first; the second half
    comes back from the innermost sheet."""
    fronts, backs = sides[0::2], sides[1::2]
    start, end = (0, 1) if rtl else (1, 0)  # the half where reading starts on a front
    first = [p for f, b in zip(fronts, backs, strict=True) for p in (f[start], b[end])]
    second = [
        p for f, b in reversed(list(zip(fronts, backs, strict=True))) for p in (b[start], f[end])
    ]
    return first + second


def test_saddle_sides_of_12_pages():
    assert [(a + 1, b + 1) for a, b in saddle_sides(12)] == [
        (12, 1), (2, 11), (10, 3), (4, 9), (8, 5), (6, 7)
    ]  # fmt: skip
    assert [(a + 1, b + 1) for a, b in saddle_sides(12, rtl=True)] == [
        (1, 12), (11, 2), (3, 10), (9, 4), (5, 8), (7, 6)
    ]  # fmt: skip
    with pytest.raises(ValueError):
        saddle_sides(14)


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_printed_page_numbers_follow_saddle_order(booklets, lang):
    screen, home = booklets[lang]["screen"], booklets[lang]["homeprint"]
    assert screen.pages % 4 == 0 and home.pages == screen.pages // 2
    sides = halves(home.pdf)
    expected = saddle_sides(screen.pages, rtl=lang == "ar")
    # the cover (page 1) has no number printed on it
    shown = [tuple("" if p == 0 else str(p + 1) for p in side) for side in expected]
    assert sides == shown
    first = (str(screen.pages), "") if lang == "nl" else ("", str(screen.pages))
    assert sides[0] == first  # the outer side: back page and cover, cover on the reading side
    # "folded": the reader turns the pages 1, 2, 3 … in the printed stack
    assert folded_order(sides, rtl=lang == "ar") == [""] + [
        str(n) for n in range(2, screen.pages + 1)
    ]


def test_the_cover_is_on_the_right_half_in_dutch_and_on_the_left_in_arabic(guide, booklets):
    for lang, cover_half in (("nl", 1), ("ar", 0)):
        doc = pdfium.PdfDocument(booklets[lang]["homeprint"].pdf)
        try:
            page = doc[0]
            textpage = page.get_textpage()
            middle = page.get_width() / 2
            half = (
                (0, 0, middle, page.get_height())
                if cover_half == 0
                else (middle, 0, page.get_width(), page.get_height())
            )
            text = textpage.get_text_bounded(*half)
        finally:
            doc.close()
        assert "Heerlen" in text, lang  # the cover's title


def test_sheets_are_a4_landscape_and_the_first_says_how_to_print_it(guide, booklets):
    for result in booklets.values():
        for boxes in page_boxes(result["homeprint"].pdf):
            width, height = (
                boxes["media"][2] - boxes["media"][0],
                boxes["media"][3] - boxes["media"][1],
            )
            assert (width, height) == pytest.approx(A4_LANDSCAPE, abs=0.5)
    first = page_texts(booklets["nl"]["homeprint"].pdf)[0]
    note = Texts(guide, "nl")("homeprint.how")
    assert "dubbelzijdig" in note and "korte kant" in note
    assert " ".join(note.split()) in " ".join(first.split())
    arabic = page_texts(booklets["ar"]["homeprint"].pdf)[0]
    assert "الوجهين" in arabic  # "on both sides"
    assert any("A4" in line for line in visual_lines(booklets["ar"]["homeprint"].pdf, 0))
    # only the first side carries the note
    assert all("A4" not in text for text in page_texts(booklets["nl"]["homeprint"].pdf)[1:])


def test_fonts_are_embedded(booklets):
    for lang, result in booklets.items():
        pdf = result["homeprint"].pdf
        fonts = re.findall(rb"/BaseFont\s*/([A-Za-z0-9+_-]+)", pdf)
        assert fonts and not [f for f in fonts if b"Helvetica" in f or b"Times" in f], lang
        descriptors = len(re.findall(rb"/Type\s*/FontDescriptor", pdf))
        assert pdf.count(b"/FontFile2") == descriptors > 0, lang
