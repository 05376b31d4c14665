"""Layout: formatting decided by the locale, phone display and links, texts with placeholders."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from reportlab.platypus import SimpleDocTemplate

from hulpwijzer import typeset as text
from hulpwijzer.load import load_guide
from hulpwijzer.model import OpeningHours
from hulpwijzer.outputs.pdf import layout

from .pdfcheck import page_texts, visual_lines

WEEKDAYS_9_TO_5 = OpeningHours(("mon", "tue", "wed", "thu", "fri"), dt.time(9), dt.time(17))
EVENINGS = OpeningHours(("mon", "wed", "fri"), dt.time(19), dt.time(21, 30))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["ma – vr  09:00–17:00", "ma, wo en vr  19:00–21:30"]),
        ("en", ["Mon – Fri  09:00–17:00", "Mon, Wed, and Fri  19:00–21:30"]),
        ("tr", ["Pzt – Cum  09:00–17:00", "Pzt, Çar ve Cum  19:00–21:30"]),
        ("ar", ["الاثنين – الجمعة  09:00–17:00", "الاثنين والأربعاء والجمعة  19:00–21:30"]),
    ],
)
def test_opening_hours_use_babel_day_names_and_the_24_hour_clock(language, expected):
    assert layout.format_hours((WEEKDAYS_9_TO_5, EVENINGS), language) == expected


@pytest.mark.parametrize(
    ("written", "shown", "link"),
    [
        ("0800-2000", "0800 2000", "tel:+318002000"),
        ("045 5602595", "045 560 2595", "tel:+31455602595"),
        ("112", "112", "tel:112"),
        ("14 045", "14 045", "tel:+3114045"),
        ("088 0767000", "088 076 7000", "tel:+31880767000"),
    ],
)
def test_phone_numbers_are_shown_in_one_national_format(written, shown, link):
    assert layout.display_phone(written) == shown
    assert layout.phone_link(written) == link


def test_placeholders_are_filled_literally(sample_root):
    guide = load_guide(sample_root)
    t = layout.Texts(guide, "nl")
    assert "{date}" not in t("back.edition", date="1 mei")
    assert "1 mei" in t("back.edition", date="1 mei")
    # a filling that looks like a format field stays text
    assert "{0.__class__}" in t("back.online", url="{0.__class__}")


def test_a_card_with_hours_in_arabic_keeps_times_left_to_right(sample_root):
    guide = load_guide(sample_root)
    contact = dataclasses.replace(
        guide.contacts["adviesraad-mo"], hours=(WEEKDAYS_9_TO_5, EVENINGS)
    )
    text.register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, initialFontName=text.LATIN_FONT)
    doc.build([layout.contact_card(contact, layout.Texts(guide, "ar"))])
    lines = [line.replace(" ", "") for line in visual_lines(out.getvalue(), 0)]
    assert any("09:00–17:00" in line for line in lines), lines
    assert any("19:00–21:30" in line for line in lines), lines
    assert "045 560 2595".replace(" ", "") in "".join(lines)
    assert "Kruisstraat" in " ".join(page_texts(out.getvalue()))
