"""The preflight passes the built print files and names every defect planted in a copy of a
good one, with the file and the page, as a print shop's preflight would."""

from __future__ import annotations

import io

import pikepdf
import pytest
from reportlab.lib.units import mm

from hulpwijzer.load import load_guide
from hulpwijzer.outputs.pdf import render
from hulpwijzer.outputs.pdf.preflight import preflight

NAME = "to-the-shop.pdf"


@pytest.fixture(scope="module")
def good(sample_root) -> dict[str, bytes]:
    guide = load_guide(sample_root)
    return {
        lang: render.render_variants(guide, lang, ("print", "screen"))
        for lang in ("nl", "ar", "en", "tr")
    }


@pytest.mark.parametrize("lang", ["nl", "ar", "en", "tr"])
def test_the_built_print_files_pass(good, lang):
    result = preflight(good[lang]["print"].pdf, NAME)
    assert result.ok, [m.format() for m in result.messages]
    figures = result.figures
    assert figures.pages == 16 and figures.pdfx == "PDF/X-1a:2003"
    assert figures.max_ink <= 300
    assert figures.safe_zone >= 5
    assert figures.thinnest_line >= 0.25
    assert figures.smallest_text >= 6


def test_the_screen_file_is_not_for_the_print_shop(good):
    result = preflight(good["nl"]["screen"].pdf, "screen.pdf")
    found = [m.format() for m in result.messages]
    assert any("is not a PDF/X file" in m for m in found)
    assert any("page 1  has no TrimBox" in m for m in found)
    assert any("page 3  has" in m and "annotation(s) (Link)" in m for m in found)


def _plant(data: bytes, change) -> bytes:
    """A copy of ``data`` with ``change(pdf)`` applied."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        change(pdf)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _draw(index: int, operators: str):
    """A change that draws ``operators`` on page ``index``; {x0} {y0} {x1} {y1}: the trim."""

    def change(pdf):
        page = pdf.pages[index]
        x0, y0, x1, y1 = (float(v) for v in page.TrimBox)
        font = next(iter(page.Resources.Font.keys()))
        page.contents_add(
            operators.format(x0=x0, y0=y0, x1=x1, y1=y1, mm=mm, font=font).encode(), prepend=False
        )

    return change


def _form(index: int, content: str, operators: str):
    """A change that adds a form /Fx drawing ``content`` and draws ``operators`` (which place
    it) on page ``index``."""

    def change(pdf):
        page = pdf.pages[index]
        form = pdf.make_stream(
            content.encode(),
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Form,
            BBox=[0, 0, 200, 200],
        )
        if "/XObject" not in page.Resources:
            page.Resources.XObject = pikepdf.Dictionary()
        page.Resources.XObject.Fx = form
        page.contents_add(operators.encode(), prepend=False)

    return change


def _annotation(pdf):
    page = pdf.pages[3]
    link = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Link,
            Rect=[100, 100, 200, 120],
            A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("https://example.org")),
        )
    )
    page.obj.Annots = pikepdf.Array([link])


def _font_not_embedded(pdf):
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and "/FontFile2" in obj:
            if "NotoSans-Bold" in str(obj.FontName):
                del obj["/FontFile2"]


def _bleed_of_2_mm(pdf):
    page = pdf.pages[4]
    x0, y0, x1, y1 = (float(v) for v in page.TrimBox)
    page.obj.BleedBox = [x0 - 2 * mm, y0 - 2 * mm, x1 + 2 * mm, y1 + 2 * mm]


def _thirteen_pages(pdf):
    for _ in range(3):
        del pdf.pages[-2]


def _no_pdfx(pdf):
    del pdf.docinfo["/GTS_PDFXVersion"]
    del pdf.Root["/OutputIntents"]


def _transparency(pdf):
    page = pdf.pages[7]
    page.Resources.ExtGState = pikepdf.Dictionary(GS9=pikepdf.Dictionary(ca=0.5))
    page.contents_add(b"q /GS9 gs 0 0 0 1 k 100 100 50 50 re f Q", prepend=False)


DEFECTS = {
    "an RGB fill": (_draw(2, "q 1 0 0 rg 100 100 20 20 re f Q"), 3, "uses RGB or Lab colour"),
    "an inline RGB image": (
        _draw(2, "q 10 0 0 10 100 100 cm BI /W 1 /H 1 /CS /RGB /BPC 8 ID abc EI Q"),
        3,
        "uses RGB or Lab colour: an inline RGB image",
    ),
    "an annotation": (_annotation, 4, "has 1 annotation(s) (Link): PDF/X forbids them"),
    "a font not embedded": (_font_not_embedded, 1, "fonts that are not embedded: "),
    "a 2 mm bleed": (_bleed_of_2_mm, 5, "too little bleed: 2.0 mm at the left"),
    "13 pages": (_thirteen_pages, 0, "has 13 pages: a stapled booklet needs a multiple of 4"),
    "text 2 mm from the trim": (
        _draw(
            5,
            "BT {font} 12 Tf {x0:.2f} {y0:.2f} Td 2 0 Td 0 150 Td ET "
            "BT {font} 12 Tf 1 0 0 1 {x0} 300 Tm 5.67 0 Td (Hallo) Tj ET",
        ),
        6,
        "mm from the trim (left): it may be cut off",
    ),
    "a tint of 5 %": (_draw(6, "q 0.05 0 0 0 k 100 100 20 20 re f Q"), 7, "tints under 10 %"),
    "400 % ink": (_draw(6, "q 1 1 1 1 k 100 100 20 20 re f Q"), 7, "more than 300 % ink"),
    "rich black text": (
        _draw(8, "BT 0.6 0.5 0.4 1 k {font} 12 Tf 1 0 0 1 100 300 Tm (Hallo) Tj ET"),
        9,
        "black text that is not 100 % K: 60 % C + 50 % M + 40 % Y + 100 % K",
    ),
    "a hairline": (_draw(9, "q 0 0 0 1 K 0.1 w 100 100 m 200 100 l S Q"), 10, "line of 0.1 pt"),
    "transparency": (_transparency, 8, "uses transparency: opacity 0.5 (ca)"),
    # a form takes the colour and the line of the place it is drawn: the same form is fine the
    # first time and faulty the second
    "a tint of 5 % in a form": (
        _form(6, "0 0 20 20 re f", "q 0 0 0 1 k /Fx Do Q q 0.05 0 0 0 k /Fx Do Q"),
        7,
        "tints under 10 %, which drop out on press: 5 % C",
    ),
    "a hairline in a scaled form": (
        _form(
            9,
            "0 0 m 100 0 l S",
            "q 0 0 0 1 K 0.5 w /Fx Do Q q 0 0 0 1 K 0.5 w 0.2 0 0 0.2 0 0 cm /Fx Do Q",
        ),
        10,
        "line of 0.1 pt",
    ),
    "no PDF/X keys": (_no_pdfx, 0, "is not a PDF/X file: GTS_PDFXVersion is missing"),
}


@pytest.mark.parametrize("defect", list(DEFECTS))
def test_a_planted_defect_is_named_with_file_and_page(good, defect):
    change, page, words = DEFECTS[defect]
    result = preflight(_plant(good["nl"]["print"].pdf, change), NAME)
    assert not result.ok
    found = [m for m in result.messages if words in m.text]
    assert found, [m.format() for m in result.messages]
    assert all(m.file == NAME and m.level == "error" and m.hint for m in found)
    assert found[0].key == (f"page {page}" if page else "")
    # only the planted defect is found (a missing font is found on every page that uses it)
    assert {m.text for m in result.messages} == {m.text for m in found}


def test_text_outside_the_bleed_is_the_shops_and_does_not_count(good):
    planted = _draw(5, "BT {font} 6 Tf 1 0 0 1 100 {y0} Tm 0 -20 Td (Hallo) Tj ET")
    result = preflight(_plant(good["nl"]["print"].pdf, planted), NAME)
    assert result.ok, [m.format() for m in result.messages]


def test_a_file_that_is_no_pdf_is_named(good):
    result = preflight(b"%PDF-1.4 broken", NAME)
    assert not result.ok
    assert "is not a PDF that can be read" in result.messages[0].text
