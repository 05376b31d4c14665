"""The large-print edition, measured in the built PDFs: A4, every text at least 16 pt, every
phone number of a phone line at least 24 pt, the same content as the booklet."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from hulpwijzer.compose.booklet import compose_booklet
from hulpwijzer.compose.texts import Texts
from hulpwijzer.load import load_guide
from hulpwijzer.phones import display_phone

from ..pdfcheck import page_boxes, page_count, page_texts, sized_chars

LANGUAGES = ("nl", "ar", "en", "tr")
A4 = (595.28, 841.89)
DIGIT_HEIGHT = 0.70  # the height of a digit of Noto Sans is 0.714 of its size


@pytest.fixture(scope="module")
def built(built_site):
    manifest = json.loads((built_site / "manifest.json").read_text(encoding="utf-8"))
    return {(f["language"], f["variant"]): built_site / f["path"] for f in manifest["files"]}


def _runs(chars):
    """Runs of consecutive characters of one size: a piece of text drawn in one style."""
    runs: list[list] = []
    for char in chars:
        if runs and runs[-1][-1][2] == char[2]:
            runs[-1].append(char)
        else:
            runs.append([char])
    return runs


@pytest.mark.parametrize("language", LANGUAGES)
def test_large_print_is_a4_with_pages_in_fours(built, language):
    pdf = built[(language, "large-print")]
    pages = page_count(pdf)
    assert pages % 4 == 0
    for boxes in page_boxes(pdf):
        x0, y0, x1, y1 = boxes["media"]
        assert (round(x1 - x0, 1), round(y1 - y0, 1)) == (round(A4[0], 1), round(A4[1], 1))


@pytest.mark.parametrize("language", LANGUAGES)
def test_large_print_text_is_16_pt_and_more(built, language):
    pdf = built[(language, "large-print")]
    small = []
    for index in range(page_count(pdf)):
        chars = sized_chars(pdf, index)
        assert chars or index > 0
        small += [(index + 1, c, size) for c, _, size in chars if size < 16]
    assert not small, small[:10]


@pytest.mark.parametrize("language", LANGUAGES)
def test_large_print_phone_numbers_are_24_pt_and_more(built, built_site, language):
    """Every phone number of the guide's phone lines (cards, start page, back page) is drawn
    at 24 pt or more, measured as font size and as the height of its digits."""
    guide = load_guide(built_site.parent)
    numbers = {display_phone(p.number) for c in guide.contacts.values() for p in c.phones}
    pdf = built[(language, "large-print")]
    found: dict[str, list[float]] = {}
    for index in range(page_count(pdf)):
        for run in _runs(sized_chars(pdf, index)):
            digits = "".join(c for c, _, _ in run)
            for number in numbers:
                if digits == number.replace(" ", ""):
                    found.setdefault(number, []).append(run[0][2])
                    heights = [box[3] - box[1] for c, box, _ in run if c in "0123456789"]
                    assert min(heights) >= 24 * DIGIT_HEIGHT, (number, heights)
    printed = {
        n for n in numbers if any(n.replace(" ", "") in t.replace(" ", "") for t in page_texts(pdf))
    }
    assert printed and set(found) == printed, printed - set(found)
    assert min(min(sizes) for sizes in found.values()) >= 24


@pytest.mark.parametrize("language", LANGUAGES)
def test_large_print_says_what_the_booklet_says(built, built_site, language):
    """The same content: the same letters, as many of each, in the booklet and in the large
    print, leaving out the pages for notes (their number differs) and all digits (page numbers
    differ). Letters, not words: the text of a right-to-left line is extracted in an order
    that depends on where the line breaks."""

    guide = load_guide(built_site.parent)
    notes = compose_booklet(guide, Texts(guide, language)).notes_title

    def letters(pdf):
        pages = [t for t in page_texts(pdf) if notes not in t]
        return Counter(c for t in pages for c in t if c.isalpha())

    assert letters(built[(language, "screen")]) == letters(built[(language, "large-print")])
