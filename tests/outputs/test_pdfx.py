"""The print files as a print shop reads them: PDF/X-1a:2003 keys, no annotations, tints, QR
size, subset tags, crop marks and the slug line; the screen files keep their links."""

from __future__ import annotations

import dataclasses
import io
import re
from collections import Counter

import pikepdf
import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm

from hulpwijzer.load import load_guide
from hulpwijzer.model import Settings
from hulpwijzer.outputs.pdf import render, style

from ..pdfcheck import read_qr_codes

LANGUAGES = ("nl", "ar", "en", "tr")


@pytest.fixture(scope="module")
def guide(sample_root):
    """The sample, its web address confirmed: only then do the guides carry QR codes."""
    guide = load_guide(sample_root)
    guide.settings = dataclasses.replace(guide.settings, online_url_confirmed=True)
    return guide


@pytest.fixture(scope="module")
def files(guide):
    """Print and screen PDF of every language, rendered once for this module."""
    return {lang: render.render_variants(guide, lang, ("print", "screen")) for lang in LANGUAGES}


def _open(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_print_file_carries_the_pdfx_1a_keys(files, lang):
    data = files[lang]["print"].pdf
    assert data.startswith(b"%PDF-1.4\n")  # PDF/X-1a:2003 is based on PDF 1.4
    with _open(data) as pdf:
        assert pdf.pdf_version == "1.4"
        info = pdf.docinfo
        assert str(info.GTS_PDFXVersion) == "PDF/X-1:2003"
        assert str(info.GTS_PDFXConformance) == "PDF/X-1a:2003"
        assert info.Trapped == pikepdf.Name.False_
        assert str(info.Title) and str(info.CreationDate) and str(info.ModDate)
        (intent,) = pdf.Root.OutputIntents
        assert intent.Type == pikepdf.Name.OutputIntent
        assert intent.S == pikepdf.Name.GTS_PDFX
        assert str(intent.OutputConditionIdentifier) == "FOGRA39"
        assert str(intent.RegistryName) == "http://www.color.org"
        ids = pdf.trailer.ID
        assert len(ids) == 2 and len(bytes(ids[0])) == 16
        with pdf.open_metadata() as meta:
            assert meta["pdfx:GTS_PDFXVersion"] == "PDF/X-1:2003"
            assert meta["pdfx:GTS_PDFXConformance"] == "PDF/X-1a:2003"
            assert meta["pdf:Trapped"] == "False"
            assert meta["dc:title"] == str(info.Title)
            assert meta["xmp:CreateDate"].startswith("2026-11-24")
            assert meta["xmpMM:DocumentID"].startswith("uuid:")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_print_file_has_no_annotations_actions_or_transparency(files, lang):
    with _open(files[lang]["print"].pdf) as pdf:
        assert all("/Annots" not in page.obj for page in pdf.pages)
        assert "/OpenAction" not in pdf.Root and "/AA" not in pdf.Root
        assert "/Names" not in pdf.Root  # no JavaScript name tree
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                assert "/JS" not in obj and "/SMask" not in obj
                assert obj.get("/S") != pikepdf.Name.Transparency
                for key in ("/CA", "/ca"):
                    assert float(obj.get(key, 1)) == 1
                assert obj.get("/Type") != pikepdf.Name.Annot
    # the screen file keeps its links
    with _open(files[lang]["screen"].pdf) as pdf:
        assert sum(len(page.obj.get("/Annots", [])) for page in pdf.pages) > 20
        assert "/OutputIntents" not in pdf.Root


def _colours(pdf: pikepdf.Pdf) -> Counter:
    """Every colour set in the page contents: (operator, values)."""
    found: Counter = Counter()
    for page in pdf.pages:
        for operands, op in pikepdf.parse_content_stream(page):
            if str(op) in ("k", "K", "g", "G", "rg", "RG", "sc", "scn", "SC", "SCN"):
                found[(str(op), tuple(float(v) for v in operands))] += 1
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_ink_is_zero_or_at_least_ten_percent_and_cmyk(files, lang):
    with _open(files[lang]["print"].pdf) as pdf:
        colours = _colours(pdf)
    assert {op for op, _ in colours} <= {"k", "K"}  # CMYK only
    for _, values in colours:
        assert len(values) == 4
        assert all(v == 0 or v >= 0.1 for v in values), values
        assert sum(values) <= 3.0
    assert ("k", (0.12, 0.0, 0.0, 0.0)) in colours  # the light tint of the start page


def test_font_subset_tags_are_unique_across_the_four_files(files):
    tags: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        with _open(files[lang]["print"].pdf) as pdf:
            names = [
                str(obj.BaseFont)[1:]
                for obj in pdf.objects
                if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == pikepdf.Name.Font
            ]
            for obj in pdf.objects:
                if isinstance(obj, pikepdf.Dictionary) and "/FontFile2" in obj:
                    assert str(obj.FontName)[1:] in names  # descriptor renamed alike
        assert names and all(re.fullmatch(r"[A-Z]{6}\+[A-Za-z-]+", n) for n in names), names
        file_tags = [n[:6] for n in names]
        assert len(set(file_tags)) == len(file_tags), lang  # one tag per subset in the file
        assert "AAAAAA" not in file_tags
        tags[lang] = set(file_tags)
    for a in LANGUAGES:
        for b in LANGUAGES:
            if a < b:
                assert not tags[a] & tags[b], (a, b)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_qr_codes_are_at_least_20_mm_without_their_quiet_zone(files, lang):
    result = files[lang]["print"]
    dpi = 300
    for page in (0, result.pages - 1):  # the cover and the back page
        (code,) = read_qr_codes(result.pdf, page, dpi=dpi)
        corners = code.position
        width = (corners.top_right.x - corners.top_left.x) / dpi * 25.4
        height = (corners.bottom_left.y - corners.top_left.y) / dpi * 25.4
        assert width >= 20 and height >= 20, (lang, page, width, height)
        assert abs(width - height) < 0.3


def _lines_outside_the_trim(data: bytes, page_index: int):
    """The straight lines drawn in page coordinates that lie wholly outside the TrimBox."""
    with _open(data) as pdf:
        page = pdf.pages[page_index]
        x0, y0, x1, y1 = (float(v) for v in page.TrimBox)
        lines, start, moved, saved = [], None, False, []
        for operands, op in pikepdf.parse_content_stream(page):
            if str(op) == "q":
                saved.append(moved)
            elif str(op) == "Q":
                moved = saved.pop()
            elif str(op) == "cm":
                moved = moved or [float(v) for v in operands] != [1, 0, 0, 1, 0, 0]
            if moved:  # drawn by a flowable, in its own coordinates: inside the trim
                continue
            if str(op) == "m":
                start = tuple(float(v) for v in operands)
            elif str(op) == "l" and start:
                end = tuple(float(v) for v in operands)
                xs, ys = (start[0], end[0]), (start[1], end[1])
                if max(xs) <= x0 or min(xs) >= x1 or max(ys) <= y0 or min(ys) >= y1:
                    lines.append((start, end))
        return lines, (x0, y0, x1, y1)


def test_crop_marks_start_3_mm_outside_the_bleed(files):
    lines, (x0, y0, x1, y1) = _lines_outside_the_trim(files["nl"]["print"].pdf, 3)
    assert len(lines) == 8  # two at every corner
    for (ax, ay), (bx, by) in lines:
        gap = max(x0 - max(ax, bx), min(ax, bx) - x1, y0 - max(ay, by), min(ay, by) - y1)
        assert gap == pytest.approx(6 * mm, abs=0.01)  # 3 mm bleed + 3 mm
        assert max(abs(bx - ax), abs(by - ay)) == pytest.approx(5 * mm, abs=0.01)


def _slug(data: bytes, page_index: int) -> str:
    """The text below the bleed of a page (the slug line), left to right."""
    doc = pdfium.PdfDocument(data)
    try:
        page = doc[page_index]
        _, trim_bottom, _, _ = page.get_trimbox()
        textpage = page.get_textpage()
        chars = []
        for i in range(textpage.count_chars()):
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            if top < trim_bottom - style.BLEED:
                chars.append((left, textpage.get_text_range(i, 1)))
        return "".join(c for _, c in sorted(chars))
    finally:
        doc.close()


@pytest.mark.parametrize(("lang", "side"), [("nl", "LEFT"), ("ar", "RIGHT")])
def test_every_print_page_has_a_slug_line_outside_the_bleed(files, lang, side):
    result = files[lang]["print"]
    for index in range(result.pages):
        slug = " ".join(_slug(result.pdf, index).split())
        assert f"page {index + 1} " in slug, slug
        assert f"BIND ON THE {side}" in slug
        assert f"{lang} (" in slug and "edition 2026-11-24" in slug


def test_without_print_marks_the_page_ends_at_the_bleed(guide):
    settings = Settings(**{**vars(guide.settings), "print_marks": False})
    bare = type(guide)(**{**vars(guide), "settings": settings})
    result = render.render(bare, "nl", "print")
    with _open(result.pdf) as pdf:
        for page in pdf.pages:
            assert [float(v) for v in page.MediaBox] == [float(v) for v in page.BleedBox]
    assert _slug(result.pdf, 1) == ""
    assert _lines_outside_the_trim(result.pdf, 3)[0] == []
