"""The pictograms in the built guides: vectors (no image, no icon font), on the tabs, beside
the card rows on the reading-start side, explained by a legend in every language."""

from __future__ import annotations

import io

import pikepdf
import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm

from hulpwijzer.compose.texts import Texts
from hulpwijzer.load import load_guide
from hulpwijzer.outputs.pdf import style, tabs
from hulpwijzer.pictograms import CARD_ICONS

from ..pdfcheck import page_texts, visual_lines

EDITION = "2026-11-24"


def _print(built_site, lang: str):
    return built_site / "print" / f"hulpwijzer-{lang}-{EDITION}.pdf"


@pytest.mark.parametrize("lang", ["nl", "ar", "en", "tr"])
def test_pictograms_are_vectors_with_no_font_of_their_own(built_site, lang):
    with pikepdf.open(_print(built_site, lang)) as pdf:
        fonts, images = set(), 0
        for page in pdf.pages:
            for font in page.resources.get("/Font", {}).values():
                fonts.add(str(font.get("/BaseFont")))
            for xobject in page.resources.get("/XObject", {}).values():
                images += xobject.get("/Subtype") == "/Image"
    assert images == 0
    assert fonts and all("NotoSans" in name for name in fonts), fonts


@pytest.mark.parametrize("lang", ["nl", "en", "tr"])
def test_the_legend_names_every_card_pictogram_in_the_language(sample_root, built_site, lang):
    guide = load_guide(sample_root)
    t = Texts(guide, lang)
    text = " ".join(page_texts(_print(built_site, lang)))
    assert t("legend.title") in text
    for kind in ("call", "website", "address", "hours", "free", "always_open", "email"):
        assert kind in CARD_ICONS and t(f"labels.{kind}") in text, kind


def test_the_arabic_legend_is_printed_right_to_left(sample_root, built_site):
    """The legend's title in visual order (pdfium reads shaped Arabic back to its letters)."""
    guide = load_guide(sample_root)
    title = Texts(guide, "ar")("legend.title")
    lines = [line for i in range(4) for line in visual_lines(_print(built_site, "ar"), i)]
    letters = [c for c in title if c.isalpha()]
    assert any("".join(reversed(letters)) in line.replace(" ", "") for line in lines), lines


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_a_tab_carries_its_pictogram_in_white(built_site, lang):
    """The first section's tab on its first page: white pixels of the pictogram inside the
    red tab, in the middle of its slot."""
    doc = pdfium.PdfDocument(_print(built_site, lang))
    try:
        page = doc[3]  # the first section: after the cover, the contents and the start page
        height = page.get_size()[1]
        trim = page.get_trimbox()
        image = page.render(scale=150 / 72).to_pil().convert("RGB")
    finally:
        doc.close()
    low, high = tabs.slot(tabs.Tab(0, 10, None), trim)
    right = tabs.outer_edge_is_right(4, lang == "ar")  # page 4
    inner = trim[2] - style.TAB_DEPTH if right else trim[0]
    box = [
        (int((inner + dx * mm) * 150 / 72), int((height - (low + high) / 2 + dy * mm) * 150 / 72))
        for dx in range(1, 8)
        for dy in range(-2, 3)
    ]
    pixels = [image.getpixel(p) for p in box]
    assert any(p == (255, 255, 255) for p in pixels) and any(p[0] > 150 > p[1] for p in pixels)


@pytest.mark.parametrize("rtl", [False, True])
def test_a_rows_pictogram_stands_on_the_reading_start_side(rtl):
    """Left of its word in Dutch, right of it in Arabic: a blank gap between the pictogram at the
    start edge and the word after it."""
    from reportlab.pdfgen.canvas import Canvas

    from hulpwijzer import typeset as text
    from hulpwijzer.outputs.pdf.flowables import InlineRow, Piece

    text.register_fonts()
    width = 200.0
    row = InlineRow([Piece("اتصل" if rtl else "Bel", style.SMALL, icon="call-fill")], rtl, 0)
    _, height = row.wrap(width, 100)
    out = io.BytesIO()
    canv = Canvas(out, pagesize=(width, height))
    row.drawOn(canv, 0, 0)
    canv.save()
    doc = pdfium.PdfDocument(out.getvalue())
    try:
        image = doc[0].render(scale=4).to_pil().convert("L")
    finally:
        doc.close()
    inked = [
        x / 4
        for x in range(image.width)
        if image.crop((x, 0, x + 1, image.height)).getextrema()[0] < 128
    ]
    start = (width - max(inked)) if rtl else min(inked)
    icon_end = style.ICON_CARD
    # ink from the start edge over the pictogram, then nothing in the gap, then the word
    assert start < 0.2 * style.ICON_CARD  # the symbol's own margin in its square
    gap = [
        x
        for x in inked
        if icon_end + 0.5 < (width - x if rtl else x) < icon_end + style.ICON_GAP - 0.5
    ]
    assert gap == []
    assert any((width - x if rtl else x) > icon_end + style.ICON_GAP for x in inked)


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_the_first_sections_title_has_its_tile_on_the_start_side(built_site, lang):
    """Page 3: inside the text frame, the first tab's colour shows only in the tile beside the
    title: left of the page's middle in Dutch, right of it in Arabic."""
    doc = pdfium.PdfDocument(_print(built_site, lang))
    try:
        page = doc[3]  # the first section: after the cover, the contents and the start page
        height = page.get_size()[1]
        x0, y0, x1, y1 = page.get_trimbox()
        image = page.render(scale=100 / 72).to_pil().convert("RGB")
    finally:
        doc.close()
    scale = 100 / 72
    colour = near_colour(style.TAB_COLOURS[0])
    inside = range(int((x0 + style.MARGIN) * scale), int((x1 - style.MARGIN) * scale))
    rows = range(
        int((height - y1 + style.MARGIN) * scale), int((height - y0 - style.MARGIN) * scale)
    )
    found = [x for y in rows[::2] for x in inside if colour(image.getpixel((x, y)))]
    middle = (x0 + x1) / 2 * scale
    assert found, lang
    assert all((x > middle) == (lang == "ar") for x in found), lang


def near_colour(cmyk):
    from .test_tabs import near

    return lambda pixel: near(pixel, cmyk, 6)


def test_a_pictogram_grows_with_the_large_print_type_beside_it():
    from hulpwijzer.outputs.pdf.flowables import Piece

    booklet = Piece("Bel", style.BOOKLET.small, icon="call")
    large = Piece("Bel", style.LARGE_PRINT.small, icon="call")
    assert booklet.icon_size == style.ICON_CARD  # the A5 booklet as designed
    growth = style.LARGE_PRINT.small.size / style.BOOKLET.small.size
    assert growth > 1 and large.icon_size == pytest.approx(style.ICON_CARD * growth)
    assert large.lead > booklet.lead  # its text moves aside by as much


def test_a_pictogram_is_one_form_placed_in_its_colour_at_every_use(built_site):
    """Each outline is in the file once, a form with no colour of its own; every use sets the
    colour (CMYK in print) and places the form, scaled, within its own q … Q."""
    with pikepdf.open(_print(built_site, "nl")) as pdf:
        forms: dict[str, set] = {}
        uses = 0
        for page in pdf.pages:
            placed = {
                str(name): xobject
                for name, xobject in page.resources.get("/XObject", {}).items()
                if str(name).startswith("/FormXob.icon-")
            }
            for name, xobject in placed.items():
                forms.setdefault(name, set()).add(xobject.objgen)
            ops = [(operands, str(op)) for operands, op in pikepdf.parse_content_stream(page)]
            for i, (operands, op) in enumerate(ops):
                if op == "Do" and str(operands[0]) in placed:
                    uses += 1
                    assert [o for _, o in ops[i - 3 : i + 2]] == ["q", "k", "cm", "Do", "Q"]
                    scale = float(ops[i - 1][0][0])
                    assert 0 < scale < 1 and scale == float(ops[i - 1][0][3])
        assert len(forms) >= 10 and uses > 2 * len(forms)
        assert all(len(objects) == 1 for objects in forms.values())
        for objects in forms.values():
            form = pdf.get_object(*next(iter(objects)))
            ops = {str(op) for _, op in pikepdf.parse_content_stream(form)}
            assert "f" in ops and not ops & {"k", "K", "g", "G", "rg", "RG", "cs", "sc", "scn"}
