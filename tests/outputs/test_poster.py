"""The poster (:mod:`hulpwijzer.outputs.pdf.poster`): every complete language with its own QR
code (decoded at 150 dpi) and its emergency text, the emergency numbers, print boxes."""

from __future__ import annotations

import dataclasses
import re

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm

from hulpwijzer import languages, outputs
from hulpwijzer.compose.texts import Texts
from hulpwijzer.load import load_guide
from hulpwijzer.outputs.pdf.preflight import preflight
from hulpwijzer.phones import display_phone
from hulpwijzer.texts import complete_languages

from ..pdfcheck import decode_qr_codes, page_boxes, page_texts, read_qr_codes
from ..project import fill

A4 = (210 * mm, 297 * mm)
BLEED = 3 * mm
VARIANTS = ("poster", "poster-screen")


def _squash(value: str) -> str:
    return re.sub(r"\s+", "", value)


def arabic_words(text: str) -> list[str]:
    return re.findall(r"[\u0600-\u06ff]+", text)


@pytest.fixture(scope="module")
def sample(sample_root):
    return load_guide(sample_root)


@pytest.fixture(scope="module")
def confirmed(sample):
    """The sample with its web address confirmed: only then does the poster carry QR codes."""
    guide = load_guide(sample.root)
    guide.settings = dataclasses.replace(guide.settings, online_url_confirmed=True)
    return guide


@pytest.fixture(scope="module")
def posters(confirmed):
    return outputs.render(confirmed, "mul", VARIANTS)


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_language_has_its_own_qr_code_to_its_page(confirmed, posters, variant):
    codes = complete_languages(confirmed)
    assert len(codes) == 4
    found = decode_qr_codes(posters[variant].pdf, 0, dpi=150)
    assert sorted(found) == sorted(confirmed.settings.url_for(code) for code in codes)


def test_each_code_is_under_its_own_language(confirmed, posters):
    """Every code lies in the block of the language it leads to: in the same half of the
    page as that language's name, and that name is the nearest one above it."""
    pdf = posters["poster-screen"].pdf
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[0]
        width, height = page.get_width(), page.get_height()
        textpage = page.get_textpage()
        names = {}  # code -> (x, y from the top) of its name, in points
        for code in complete_languages(confirmed):
            found = textpage.search(languages.own_name(code)).get_next()
            assert found is not None, code
            left, _, right, top = textpage.get_charbox(found[0])
            names[code] = ((left + right) / 2, height - top)
    finally:
        doc.close()
    scale = 150 / 72
    codes = read_qr_codes(pdf, 0, dpi=150)
    assert len(codes) == len(names)
    for result in codes:
        x, y = result.position.top_left.x / scale, result.position.top_left.y / scale
        same_half = [c for c, (nx, ny) in names.items() if (nx < width / 2) == (x < width / 2)]
        above = [c for c in same_half if names[c][1] < y]
        nearest = min(above, key=lambda c: y - names[c][1])
        assert result.text == confirmed.settings.url_for(nearest)


def test_each_language_says_its_emergency_text_and_its_name(confirmed, posters):
    text = page_texts(posters["poster"].pdf)[0]
    for code in complete_languages(confirmed):
        t = Texts(confirmed, code)
        assert languages.own_name(code) in text, code
        emergency = t("cover.emergency")
        if languages.is_rtl(code):  # extraction reorders right-to-left lines: word by word
            assert all(word in text for word in arabic_words(emergency)), code
            assert all(word in text for word in arabic_words(t("poster.title"))), code
        else:
            assert _squash(emergency) in _squash(text), code
            assert _squash(t("poster.title")) in _squash(text), code
            for step in confirmed.steps:  # the help ladder, one line per step
                assert t(f"start.steps.{step.id}.title") in text.splitlines(), (code, step.id)


def test_the_emergency_numbers_are_the_contacts_numbers(confirmed, posters):
    text = _squash(page_texts(posters["poster"].pdf)[0])
    for contact_id in confirmed.emergency:
        contact = confirmed.contacts[contact_id]
        assert _squash(display_phone(contact.phones[0].number)) in text, contact_id
    assert "11:00–21:00" in page_texts(posters["poster"].pdf)[0]  # the Kindertelefoon's hours


def test_print_file_has_bleed_and_passes_the_preflight(posters):
    (boxes,) = page_boxes(posters["poster"].pdf)
    trim, bleed = boxes["trim"], boxes["bleed"]
    assert (trim[2] - trim[0], trim[3] - trim[1]) == pytest.approx(A4, abs=0.01)
    assert bleed == pytest.approx(
        (trim[0] - BLEED, trim[1] - BLEED, trim[2] + BLEED, trim[3] + BLEED), abs=0.01
    )
    found = preflight(posters["poster"].pdf, "poster.pdf", booklet=False)
    assert found.ok, [m.text for m in found.messages]
    as_booklet = preflight(posters["poster"].pdf, "poster.pdf")  # a booklet of 1 page: refused
    assert [m.text for m in as_booklet.messages] == [
        "has 1 pages: a stapled booklet needs a multiple of 4"
    ]
    assert found.figures.pdfx == "PDF/X-1a:2003"
    (screen,) = page_boxes(posters["poster-screen"].pdf)
    media = screen["media"]
    assert (media[2] - media[0], media[3] - media[1]) == pytest.approx(A4, abs=0.01)


def test_without_a_confirmed_address_no_code_and_no_address(sample):
    poster = outputs.render(sample, "mul", ("poster",))["poster"].pdf
    assert decode_qr_codes(poster, 0, dpi=150) == []
    assert "heerlen.nl" not in page_texts(poster)[0]


def test_only_complete_languages_are_on_the_poster(sample_copy):
    fill(sample_copy, "tr", {"start.steps.network.title": ""})  # Turkish is incomplete now
    guide = load_guide(sample_copy)
    text = page_texts(outputs.render(guide, "mul", ("poster",))["poster"].pdf)[0]
    assert "Türkçe" not in text and "English" in text and "العربية" in text
