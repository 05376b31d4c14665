"""The wallet cards (:mod:`hulpwijzer.outputs.pdf.card`): 85 × 55 mm with 3 mm bleed, front and
back; the emergency numbers and the Kindertelefoon's hours from the contacts; the QR code."""

from __future__ import annotations

import dataclasses
import re

import pytest
from reportlab.lib.units import mm

from hulpwijzer import languages, outputs
from hulpwijzer.compose.formatting import format_hours
from hulpwijzer.compose.texts import Texts
from hulpwijzer.load import load_guide
from hulpwijzer.outputs.pdf.preflight import preflight
from hulpwijzer.phones import display_phone
from hulpwijzer.texts import complete_languages

from ..pdfcheck import decode_qr_codes, page_boxes, page_texts, visual_lines

TRIM = (85 * mm, 55 * mm)
BLEED = 3 * mm
LANGUAGES = ("nl", "ar", "en", "tr")


def _squash(value: str) -> str:
    return re.sub(r"\s+", "", value)


@pytest.fixture(scope="module")
def sample(sample_root):
    return load_guide(sample_root)


@pytest.fixture(scope="module")
def confirmed(sample):
    """The sample with its web address confirmed: only then does a card carry a QR code."""
    guide = load_guide(sample.root)
    guide.settings = dataclasses.replace(guide.settings, online_url_confirmed=True)
    return guide


@pytest.fixture(scope="module")
def cards(confirmed):
    found = {code: outputs.render(confirmed, code, ("card",))["card"] for code in LANGUAGES}
    found["mul"] = outputs.render(confirmed, "mul", ("card-all",))["card-all"]
    return found


@pytest.mark.parametrize("code", [*LANGUAGES, "mul"])
def test_trim_is_85_by_55_mm_with_3_mm_bleed_and_it_passes_the_preflight(cards, code):
    card = cards[code]
    assert card.pages == 2  # front and back
    for boxes in page_boxes(card.pdf):
        trim, bleed, media = boxes["trim"], boxes["bleed"], boxes["media"]
        assert (trim[2] - trim[0], trim[3] - trim[1]) == pytest.approx(TRIM, abs=0.01)
        assert bleed == pytest.approx(
            (trim[0] - BLEED, trim[1] - BLEED, trim[2] + BLEED, trim[3] + BLEED), abs=0.01
        )
        assert media[0] <= bleed[0] and media[2] >= bleed[2]  # room for the crop marks
    found = preflight(card.pdf, f"card-{code}.pdf", booklet=False)
    assert found.ok, [m.text for m in found.messages]


@pytest.mark.parametrize("code", [*LANGUAGES, "mul"])
def test_front_has_every_emergency_number_and_the_kindertelefoon_hours(confirmed, cards, code):
    front = page_texts(cards[code].pdf)[0]
    lines = " ".join(visual_lines(cards[code].pdf, 0))  # numbers read left to right, also in ar
    for contact_id in confirmed.emergency:
        number = display_phone(confirmed.contacts[contact_id].phones[0].number)
        assert _squash(number) in _squash(lines), (code, contact_id)
    kindertelefoon = confirmed.contacts["kindertelefoon"]
    hours = format_hours(kindertelefoon.hours, "nl" if code == "mul" else code)
    assert hours and re.search(r"\d\d:\d\d", hours[0])
    for time in re.findall(r"\d\d:\d\d", hours[0]):
        assert time in front, (code, time)
    if code in ("nl", "mul"):
        assert "Veilig Thuis" in front and "Kindertelefoon" in front


@pytest.mark.parametrize("code", LANGUAGES)
def test_back_has_the_code_to_its_own_page(confirmed, cards, code):
    assert decode_qr_codes(cards[code].pdf, 0, dpi=300) == []
    assert decode_qr_codes(cards[code].pdf, 1, dpi=300) == [confirmed.settings.url_for(code)]
    if not languages.is_rtl(code):
        emergency = Texts(confirmed, code)("cover.emergency")
        assert _squash(emergency) in _squash(page_texts(cards[code].pdf)[1])


def test_the_card_of_every_language_carries_every_heading(confirmed, cards):
    front, back = page_texts(cards["mul"].pdf)
    for code in complete_languages(confirmed):
        t = Texts(confirmed, code)
        for text, side in ((t("back.title"), front), (t("cover.emergency"), back)):
            if languages.is_rtl(code):  # extraction reorders right-to-left lines: by word
                assert all(w in side for w in re.findall(r"[\u0600-\u06ff]+", text)), code
            else:
                assert _squash(text) in _squash(side), code
    base = confirmed.settings.online_url["default"]
    assert decode_qr_codes(cards["mul"].pdf, 1, dpi=300) == [base]  # the language choice


def test_without_a_confirmed_address_no_code(sample):
    card = outputs.render(sample, "nl", ("card",))["card"].pdf
    assert decode_qr_codes(card, 1, dpi=300) == []
    assert "heerlen.nl" not in " ".join(page_texts(card))
