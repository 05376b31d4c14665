"""The colour tabs, read from the pixels of the built guides: on the outer edge of every page of
a section, in its slot and colour, 3 mm into the bleed in print, never on the inner edge."""

from __future__ import annotations

import io
from functools import cache

import pypdfium2 as pdfium
import pytest
from reportlab.lib.colors import CMYKColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hulpwijzer.load import load_guide
from hulpwijzer.outputs.pdf import style, tabs
from hulpwijzer.outputs.pdf.render import Geometry
from hulpwijzer.outputs.pdf.tabs import Tab

from ..pdfcheck import page_texts

DPI = 150
WHITE = (255, 255, 255)


class Page:
    """One rendered page: pixels by PDF coordinates (points from the media's lower left)."""

    def __init__(self, pdf, index: int):
        page = pdf[index]
        self.height = page.get_size()[1]
        self.trim = page.get_trimbox()
        self.image = page.render(scale=DPI / 72).to_pil().convert("RGB")

    def at(self, x: float, y: float) -> tuple[int, int, int]:
        return self.image.getpixel((int(x * DPI / 72), int((self.height - y) * DPI / 72)))


@cache
def rgb(colour: CMYKColor) -> tuple[int, int, int]:
    """``colour`` as pdfium renders it: a swatch drawn and rendered the same way as the pages."""
    out = io.BytesIO()
    canv = Canvas(out, pagesize=(20, 20), enforceColorSpace="cmyk")
    canv.setFillColor(colour)
    canv.rect(0, 0, 20, 20, stroke=0, fill=1)
    canv.save()
    doc = pdfium.PdfDocument(out.getvalue())
    try:
        return doc[0].render(scale=1).to_pil().convert("RGB").getpixel((10, 10))
    finally:
        doc.close()


def near(pixel, colour: CMYKColor, tolerance: int = 12) -> bool:
    return all(abs(p - c) <= tolerance for p, c in zip(pixel, rgb(colour), strict=True))


def tab_probe(page: Page, tab: Tab, right: bool, depth: float) -> list[tuple[int, int, int]]:
    """Pixels along the tab's slot, below its pictogram: just inside its inner end, at the
    trim, and ``depth`` beyond the trim (in the bleed), on the ``right`` or the left edge."""
    low, _ = tabs.slot(tab, page.trim)
    y = low + 0.6 * mm
    x0, _, x1, _ = page.trim
    sign, edge = (1, x1) if right else (-1, x0)
    return [
        page.at(edge - sign * (style.TAB_DEPTH - 0.4 * mm), y),
        page.at(edge - sign * 0.3 * mm, y),
        page.at(edge + sign * depth, y),
    ]


@pytest.fixture(scope="module")
def guide(sample_root):
    return load_guide(sample_root)


@pytest.fixture(scope="module")
def rendered(built_site):
    """Print and screen PDFs of nl and ar, opened once."""
    files = {
        (lang, "print"): built_site / "print" / f"hulpwijzer-{lang}-2026-11-24.pdf"
        for lang in ("nl", "ar")
    }
    files |= {
        (lang, "screen"): built_site / "screen" / f"hulpwijzer-{lang}.pdf" for lang in ("nl", "ar")
    }
    docs = {key: pdfium.PdfDocument(path) for key, path in files.items()}
    pages = {key: [Page(doc, i) for i in range(len(doc))] for key, doc in docs.items()}
    yield pages, {key: path.read_bytes() for key, path in files.items()}
    for doc in docs.values():
        doc.close()


def tabs_on(page: Page, count: int, right: bool, depth: float) -> list[int]:
    """The slots whose tab colour shows on the edge (the whole probe in that colour)."""
    found = []
    for index in range(count):
        tab = Tab(index, count, None)
        if all(near(p, tab.colour) for p in tab_probe(page, tab, right, depth)):
            found.append(index)
    return found


@pytest.mark.parametrize("lang", ["nl", "ar"])
@pytest.mark.parametrize("variant", ["print", "screen"])
def test_tabs_sit_on_the_outer_edge_in_section_order(guide, rendered, lang, variant):
    """Odd pages have their outer edge on the right in Dutch and on the left in Arabic (bound
    on the right, proof.py puts its odd pages left of the spine). Print tabs run 3 mm into the
    bleed; the inner edge shows no tab; each section's tab shows on at least one page, in the
    order of the sections; the cover, start, notes and back pages have none."""
    pages = rendered[0][(lang, variant)]
    count = len(guide.sections)
    depth = style.BLEED - 0.3 * mm if variant == "print" else -0.3 * mm
    seen: list[int] = []
    for number, page in enumerate(pages, start=1):
        outer_right = (number % 2 == 1) != (lang == "ar")
        assert outer_right == tabs.outer_edge_is_right(number, lang == "ar")
        on_outer = tabs_on(page, count, outer_right, depth)
        assert tabs_on(page, count, not outer_right, depth) == [], (lang, number)
        for index in range(count):  # nothing of any tab on the inner edge
            inner = tab_probe(page, Tab(index, count, None), not outer_right, depth)
            assert all(pixel == WHITE for pixel in inner[1:]), (lang, variant, number, index)
        if number <= 2 or number == len(pages):
            assert on_outer == [], (lang, number)
        seen += on_outer
        if variant == "print":  # and no further than the bleed
            for index in on_outer:
                low, _ = tabs.slot(Tab(index, count, None), page.trim)
                x0, _, x1, _ = page.trim
                beyond = x1 + style.BLEED + 0.4 * mm if outer_right else x0 - style.BLEED - 0.4 * mm
                assert page.at(beyond, low + 0.6 * mm) == WHITE
    assert sorted(set(seen)) == list(range(count)), (lang, variant, seen)
    assert seen == sorted(seen), "a later section's tab came before an earlier one's"


def test_each_dutch_section_page_has_its_own_tab(guide, rendered):
    """Every page from a section's title up to the next title shows that section's tab."""
    pages = rendered[0][("nl", "print")]
    texts = page_texts(rendered[1][("nl", "print")])
    titles = [
        guide.translations["nl"].texts[f"sections.{s.id}.title"].value for s in guide.sections
    ]
    count = len(titles)
    current = None
    for number, (page, text) in enumerate(zip(pages, texts, strict=True), start=1):
        starting = [i for i, title in enumerate(titles) if title in text]
        expected = set(starting)
        body = text.split("BIND ON THE LEFT (left to right)", 1)[-1].lstrip()  # after the
        # page number and the slug line, drawn before the page's flowables
        if current is not None and not (starting and body.startswith(titles[starting[0]])):
            expected.add(current)  # the section goes on from the page before
        if starting:
            current = starting[-1]
        nl = guide.translations["nl"].texts
        finding = (nl["contents.title"].value, nl["index.title"].value, "Notities")
        if any(title in text for title in finding) or number == len(pages):
            current, expected = None, set()  # the contents, the index, notes and back: no tab
        right = number % 2 == 1
        assert set(tabs_on(page, count, right, style.BLEED - 0.3 * mm)) == expected, number


def test_every_tab_colour_prints_and_carries_a_readable_pictogram():
    """Each ink 0 or at least MIN_TINT (lighter tints drop out on press); the pictogram, white
    or black, contrasts at least 4.5:1 with its tab; no two sections share a colour."""
    for colour in style.TAB_COLOURS:
        assert all(ink == 0 or ink >= style.MIN_TINT for ink in colour.cmyk())
        assert tabs.contrast(tabs.icon_colour(colour), colour) >= style.MIN_CONTRAST
    assert len({c.cmyk() for c in style.TAB_COLOURS}) == len(style.TAB_COLOURS)
    # the computation itself: black on white is 21:1, a colour with itself 1:1
    assert tabs.contrast(style.BLACK, style.WHITE) == pytest.approx(21)
    assert tabs.contrast(style.ACCENT, style.ACCENT) == pytest.approx(1)


def test_slots_divide_the_text_frame_of_any_page_size():
    """Ten sections on A5 and on A4: slots from the top of the frame to its bottom, each below
    the one before, inside the frame."""
    for page_size in style.TRIM_SIZES:
        trim = Geometry.of(page_size, "print").trim_box
        slots = [tabs.slot(Tab(i, 10, None), trim) for i in range(10)]
        assert slots[0][1] <= trim[3] - style.MARGIN
        assert slots[-1][0] >= trim[1] + style.MARGIN + style.FOOTER_HEIGHT
        assert all(a[0] > b[1] for a, b in zip(slots, slots[1:], strict=False))
        assert all(high - low > 10 * mm for low, high in slots)
