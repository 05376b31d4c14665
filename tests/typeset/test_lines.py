"""Lines: direction, wrapping, measuring and drawing, asserted on real PDF output (content stream
and pypdfium2)."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest

from hulpwijzer import typeset as T

from .oracles import SIZE, WIDTH, X0, chars_on, is_digitish, make_pdf, page_chars, visual

# --------------------------------------------------------------------------------------------
# digit order, read from pdfium's character boxes
# --------------------------------------------------------------------------------------------
DIGIT_CASES = [
    ("اتصل بالرقم 0800 2000 مجانا", ["0800 2000"]),
    ("الرقم 14 045 متاح دائما", ["14 045"]),
    ("من الخارج: +31 20 123 4567 أو 045 560 2595 كل يوم", ["+31 20 123 4567", "045 560 2595"]),
    ("مفتوح 09:00–17:00 من الاثنين إلى الجمعة", ["09:00–17:00"]),
    ("اتصل بـ Veilig Thuis على 0800 2000 (مجانا).", ["0800 2000"]),
]


def test_phone_numbers_read_left_to_right_inside_arabic(tmp_path):
    pdf = make_pdf(tmp_path / "digits.pdf", [(t, True) for t, _ in DIGIT_CASES])
    chars = page_chars(pdf.path)
    assert len(pdf.drawn) == len(DIGIT_CASES)
    for (text, numbers), d in zip(DIGIT_CASES, pdf.drawn, strict=True):
        row = chars_on(chars, d.y)
        digits = visual(row, is_digitish)
        want = "".join(re.sub(r"[^\d+]", "", n) for n in reversed(numbers))  # RTL: 1st at right
        assert digits == want, text
        for n in numbers:  # each number is one left-to-right block: no Arabic inside
            seq = re.sub(r"\s", "", n)
            k = visual(row).find(seq)
            assert k >= 0, (text, n, visual(row))


def test_latin_name_inside_arabic_reads_in_order(tmp_path):
    text = "اتصل بـ Veilig Thuis أو Centrum Seksueel Geweld الآن"
    pdf = make_pdf(tmp_path / "names.pdf", [(text, True)])
    row = chars_on(page_chars(pdf.path), pdf.drawn[0].y)
    latin = visual(row, lambda c: c.ch.isascii() and c.ch.isalpha())
    # two isolates in an RTL sentence: the first one is at the right, each reads LTR
    assert latin == "CentrumSeksueelGeweld" + "VeiligThuis"


def test_alignment_start_and_end(tmp_path):
    pdf = make_pdf(tmp_path / "align.pdf", [("مرحبا بكم", True), ("Welkom", False)])
    chars = page_chars(pdf.path)
    ar, nl = (chars_on(chars, d.y) for d in pdf.drawn)
    assert ar[-1].right == pytest.approx(X0 + WIDTH, abs=1.0)  # start = right for Arabic
    assert nl[0].left == pytest.approx(X0, abs=1.5)  # start = left for Dutch


# --------------------------------------------------------------------------------------------
# wrapping
# --------------------------------------------------------------------------------------------
LONG_AR = (
    "إذا كنت قلقا بشأن العنف المنزلي أو إساءة معاملة الأطفال، اتصل بـ Veilig Thuis على "
    "الرقم 0800 2000 مجانا ليلا ونهارا، أو من الخارج على +31 20 123 4567. يمكنك أيضا "
    "زيارة https://veiligthuis.nl/contact أو الكتابة إلى info@veiligthuis.nl. "
    "الرقم 14 045 للبلدية و045 560 2595 للطوارئ، مفتوح 09:00–17:00."
)
LONG_NL = (
    "Maak je je zorgen over huiselijk geweld? Bel Veilig Thuis gratis op 0800 2000, dag en "
    "nacht, of vanuit het buitenland +31 20 123 4567. Kijk op https://veiligthuis.nl/contact "
    "of mail info@veiligthuis.nl. Gemeente: 14 045, spoed 045 560 2595 (09:00–17:00).\n"
    "Tweede alinea na een harde regelovergang."
)
NUMBERS = ["0800 2000", "+31 20 123 4567", "14 045", "045 560 2595", "09:00–17:00"]


def _logical(line: T.Line) -> str:
    return "".join(r.text for r in sorted(line.runs, key=lambda r: r.start))


@pytest.mark.parametrize("text,rtl", [(LONG_AR, True), (LONG_NL, False)])
@pytest.mark.parametrize("width", [90.0, 150.0, 220.0, 330.0])
def test_wrap_limits_atomic_spans_and_round_trip(text, rtl, width):
    lines = T.wrap(text, width, SIZE, rtl=rtl)
    assert len(lines) > 1
    for line in lines:
        assert line.width <= width + 1e-6
        assert line.width == pytest.approx(sum(r.width for r in line.runs))
        assert _logical(line) == line.text
        assert line.rtl is rtl
    for number in NUMBERS:
        if number in text:
            assert any(number in line.text for line in lines), (number, width)
    # round trip: the lines are the text in order, minus only the spaces at breaks
    rest = text
    for line in lines:
        k = rest.find(line.text)
        assert k >= 0 and rest[:k].strip(" \n") == "", line.text
        rest = rest[k + len(line.text) :]
    assert rest.strip(" \n") == ""


def test_wrap_breaks_overlong_word_and_keeps_everything():
    word = "Kinderbeschermingsmaatregelenonderzoeksrapportage"
    url = "https://example.org/een/heel/lang/pad/naar/een/pagina"
    lines = T.wrap(f"Zie {word} en {url}", 100.0, SIZE)
    assert all(line.width <= 100.0 for line in lines)
    joined = "".join(line.text for line in lines)
    assert word in joined and url in joined
    assert any(line.text and line.text in word and line.text != word for line in lines)


def test_wrap_newlines_and_empty():
    lines = T.wrap("een\n\ntwee", WIDTH, SIZE)
    assert [line.text for line in lines] == ["een", "", "twee"]
    assert lines[1].runs == () and lines[1].width == 0
    (empty,) = T.wrap("", WIDTH, SIZE)  # callers may take [0]
    assert empty.runs == () and empty.text == ""


def test_wrapped_pdf_stays_inside_the_box(tmp_path):
    pdf = make_pdf(tmp_path / "wrap.pdf", [(LONG_AR, True), (LONG_NL, False)])
    chars = page_chars(pdf.path)
    assert chars
    for c in chars:
        assert X0 - 1.0 <= c.left and c.right <= X0 + WIDTH + 1.0, c
    # every phone number's digits are on one drawn line, in order
    for d in pdf.drawn:
        digits = visual(chars_on(chars, d.y), is_digitish)
        for n in NUMBERS:
            if n in d.line.text:
                assert re.sub(r"[^\d+]", "", n) in digits


def test_measure_matches_layout_and_pdf(tmp_path):
    text = "AVAWAY Türkçe 0800 2000"
    w = T.measure(text, SIZE)
    (line,) = T.wrap(text, 1000, SIZE)
    assert w == pytest.approx(line.width)
    pdf = make_pdf(tmp_path / "measure.pdf", [(text, False)], align="left")
    row = chars_on(page_chars(pdf.path), pdf.drawn[0].y)
    assert row[-1].right - X0 == pytest.approx(w, abs=1.0)  # kerning included
    assert T.measure("مرحبا", SIZE, rtl=True) > 0
    assert T.measure("a\nlonger line", SIZE) == pytest.approx(T.measure("longer line", SIZE))


# --------------------------------------------------------------------------------------------
# rendering (a person looks at the PNG; the test checks it is not blank)
# --------------------------------------------------------------------------------------------
def test_render_png(tmp_path):
    pdf = make_pdf(tmp_path / "look.pdf", [(t, True) for t, _ in DIGIT_CASES] + [(LONG_NL, False)])
    image = pdfium.PdfDocument(str(pdf.path))[0].render(scale=2).to_pil()
    png = tmp_path / "look.png"
    image.save(png)
    assert image.convert("L").getextrema()[0] < 64  # something dark was drawn
