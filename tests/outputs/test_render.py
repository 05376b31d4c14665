"""The rendered guides of the sample content: text, QR codes, boxes, fonts, colour, page counts."""

from __future__ import annotations

import dataclasses
import re

import pytest
from reportlab.lib.units import mm

from hulpwijzer.compose.formatting import display_url
from hulpwijzer.compose.texts import Texts
from hulpwijzer.load import load_guide
from hulpwijzer.outputs.pdf import render, style
from hulpwijzer.phones import display_phone

from ..pdfcheck import (
    content_streams,
    decode_qr_codes,
    page_boxes,
    page_texts,
    read_qr_codes,
    visual_lines,
)

BOOKLET = ("print", "screen", "proof", "large-print")


@pytest.fixture(scope="module")
def guide(sample_root):
    """The sample, its web address confirmed: only then do the guides carry QR codes."""
    guide = load_guide(sample_root)
    guide.settings = dataclasses.replace(guide.settings, online_url_confirmed=True)
    return guide


@pytest.fixture(scope="module")
def pdfs(guide):
    """Every language in both variants, rendered once for this module."""
    return {
        (lang, variant): render.render(guide, lang, variant)
        for lang in guide.languages
        for variant in BOOKLET  # the home print: test_homeprint.py
    }


def _squash(value: str) -> str:
    return re.sub(r"\s+", "", value)


def test_every_language_and_variant_is_rendered(guide, pdfs):
    assert set(guide.languages) >= {"nl", "en", "ar", "tr"}
    assert len(pdfs) == len(BOOKLET) * len(guide.languages)


def test_page_count_is_a_multiple_of_four_and_within_the_maximum(guide, pdfs):
    for (lang, variant), result in pdfs.items():
        if variant == "proof":  # reader spreads: see test_proof
            continue
        assert result.pages % 4 == 0, (lang, variant, result.pages)
        assert 12 <= result.pages <= guide.settings.max_pages, (lang, variant, result.pages)
        assert len(page_texts(result.pdf)) == result.pages


@pytest.mark.parametrize("lang", ["nl", "en", "tr"])
def test_every_contact_name_and_phone_is_printed(guide, pdfs, lang):
    t = Texts(guide, lang)
    text = _squash(" ".join(page_texts(pdfs[(lang, "screen")].pdf)))
    for contact in guide.contacts.values():
        assert _squash(t.contact_name(contact)) in text, contact.id
        for phone in contact.phones:
            assert _squash(display_phone(phone.number)) in text, (contact.id, phone)


@pytest.mark.parametrize("lang", ["nl", "en", "tr"])
def test_a_contact_card_is_never_split_over_two_pages(guide, pdfs, lang):
    t = Texts(guide, lang)
    pages = [_squash(page) for page in page_texts(pdfs[(lang, "print")].pdf)][2:-1]
    for contact in guide.contacts.values():
        name = _squash(t.contact_name(contact))
        last = _squash(display_url(contact.website) if contact.website else "")
        for phone in contact.phones:
            number = _squash(display_phone(phone.number))
            assert any(name in page and number in page and last in page for page in pages), (
                contact.id
            )


def test_every_phone_number_reads_left_to_right_in_arabic(guide, pdfs):
    pdf = pdfs[("ar", "print")].pdf
    pages = pdfs[("ar", "print")].pages
    lines = [_squash(line) for i in range(pages) for line in visual_lines(pdf, i)]
    for contact in guide.contacts.values():
        for phone in contact.phones:
            number = _squash(display_phone(phone.number))
            assert any(number in line for line in lines), (contact.id, number)


def test_latin_names_read_left_to_right_in_arabic(guide, pdfs):
    """Organisation names keep their letter order inside the right-to-left layout.

    Brackets are compared without their direction: pdfium mirrors them when it extracts
    right-to-left pages. Arabic-script names are proven by the glyph tests in test_text.
    """
    result = pdfs[("ar", "screen")]
    lines = [
        _squash(_unbracket(line))
        for i in range(result.pages)
        for line in visual_lines(result.pdf, i)
    ]
    t = Texts(guide, "ar")
    names = [t.contact_name(c) for c in guide.contacts.values()]
    latin = [n for n in names if not any("\u0600" <= ch <= "\u06ff" for ch in n)]
    assert len(latin) > 10
    for name in latin:
        assert any(_squash(_unbracket(name)) in line for line in lines), name


def _unbracket(value: str) -> str:
    return value.translate(str.maketrans("()", "||"))


def test_qr_code_on_the_cover_decodes_to_the_configured_url(guide, pdfs):
    for (lang, variant), result in pdfs.items():
        assert guide.settings.url_for(lang) in decode_qr_codes(result.pdf, 0), (lang, variant)


def test_qr_code_is_square_vector_and_large_enough(pdfs):
    result = pdfs[("tr", "print")]
    (code,) = read_qr_codes(result.pdf, 0, dpi=150)
    assert code.ec_level in ("M", "Q", "H")
    corners = code.position
    width = corners.top_right.x - corners.top_left.x
    height = corners.bottom_left.y - corners.top_left.y
    assert abs(width - height) <= 2  # square: not stretched by a bleed scaling
    assert width / 150 * 25.4 >= 20  # mm, without the quiet zone
    assert b"/Subtype /Image" not in result.pdf  # rectangles, not a picture


def test_print_pages_have_trim_and_bleed_boxes_with_3mm_bleed(guide, pdfs):
    width, height = style.trim_size(guide.settings.page_size)
    for lang in guide.languages:
        for boxes in page_boxes(pdfs[(lang, "print")].pdf):
            x0, y0, x1, y1 = boxes["trim"]
            assert (x1 - x0, y1 - y0) == pytest.approx((width, height), abs=0.01)
            bx0, by0, bx1, by1 = boxes["bleed"]
            for inner, outer in ((x0, bx0), (y0, by0), (bx1, x1), (by1, y1)):
                assert inner - outer == pytest.approx(3 * mm, abs=0.01)
            mx0, my0, mx1, my1 = boxes["media"]
            assert mx0 < bx0 and my0 < by0 and mx1 > bx1 and my1 > by1  # room for crop marks


def test_screen_pages_are_trim_size(guide, pdfs):
    width, height = style.trim_size(guide.settings.page_size)
    for lang in guide.languages:
        for boxes in page_boxes(pdfs[(lang, "screen")].pdf):
            x0, y0, x1, y1 = boxes["media"]
            assert (x1 - x0, y1 - y0) == pytest.approx((width, height), abs=0.01)


def test_fonts_are_all_embedded(pdfs):
    for key, result in pdfs.items():
        pdf = result.pdf
        fonts = re.findall(rb"/BaseFont\s*/([A-Za-z0-9+_-]+)", pdf)
        assert fonts, key
        assert not [f for f in fonts if b"Helvetica" in f or b"Times" in f], key
        descriptors = len(re.findall(rb"/Type\s*/FontDescriptor", pdf))
        assert pdf.count(b"/FontFile2") == descriptors > 0, key


def test_print_variant_uses_no_rgb_colour(guide, pdfs):
    for lang in guide.languages:
        pdf = pdfs[(lang, "print")].pdf
        assert b"DeviceRGB" not in pdf
        for stream in content_streams(pdf):
            assert not re.search(rb"(^|\s)[\d.]+\s+[\d.]+\s+[\d.]+\s+(rg|RG)(\s|$)", stream)


def test_screen_variant_links_phones_and_sets_metadata(guide, pdfs):
    pdf = pdfs[("nl", "screen")].pdf
    assert b"tel:+318002000" in pdf or b"tel:" in pdf
    assert b"/Lang (nl)" in pdf
    assert b"/Title (" in pdf


def test_arabic_document_reads_right_to_left(pdfs):
    assert b"/Direction /R2L" in pdfs[("ar", "screen")].pdf
    assert b"/Lang (ar)" in pdfs[("ar", "screen")].pdf


def test_same_input_gives_byte_identical_output(guide, pdfs):
    again = render.render(guide, "ar", "print")
    assert again.pdf == pdfs[("ar", "print")].pdf
