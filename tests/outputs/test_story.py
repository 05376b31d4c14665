"""The story of flowables drawn from a composed booklet."""

from __future__ import annotations

import dataclasses
import io

from reportlab.platypus import SimpleDocTemplate

from hulpwijzer import typeset as text
from hulpwijzer.compose.booklet import card
from hulpwijzer.compose.texts import Texts
from hulpwijzer.load import load_guide
from hulpwijzer.outputs.pdf import story

from ..compose.test_formatting import EVENINGS, WEEKDAYS_9_TO_5
from ..pdfcheck import page_texts, visual_lines


def test_a_card_with_hours_in_arabic_keeps_times_left_to_right(sample_root):
    guide = load_guide(sample_root)
    contact = dataclasses.replace(
        guide.contacts["adviesraad-mo"], hours=(WEEKDAYS_9_TO_5, EVENINGS)
    )
    text.register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, initialFontName=text.LATIN_FONT)
    t = Texts(guide, "ar")
    doc.build([story.contact_card(card(contact, t), t.rtl, guide.settings.page_size)])
    lines = [line.replace(" ", "") for line in visual_lines(out.getvalue(), 0)]
    assert any("09:00–17:00" in line for line in lines), lines
    assert any("19:00–21:30" in line for line in lines), lines
    assert "045 560 2595".replace(" ", "") in "".join(lines)
    assert "Kruisstraat" in " ".join(page_texts(out.getvalue()))
