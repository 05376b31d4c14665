"""Tests for hulpwijzer.text, asserting on real PDF output (content stream and pypdfium2)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import uharfbuzz as hb
from reportlab.lib.pagesizes import A5
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from hulpwijzer import typeset as T

WIDTH = 300.0  # points available to a line
X0 = 40.0
SIZE = 11.0

# --------------------------------------------------------------------------------------------
# helpers: write a PDF, read back glyph ids (content stream) and character boxes (pdfium)
# --------------------------------------------------------------------------------------------


@dataclass
class Drawn:
    """A line drawn into the test PDF."""

    line: T.Line
    y: float


@dataclass
class Pdf:
    path: Path
    drawn: list[Drawn]
    # PDF font resource name (e.g. "F2+0") -> (font name, unicode code point per byte code)
    subsets: dict[str, tuple[str, list[int]]]


def _subsets(canvas: Canvas) -> dict[str, tuple[str, list[int]]]:
    """ReportLab's subset tables of the canvas' document (dropped when the PDF is written)."""
    doc = canvas._doc
    out = {}
    for name in T.FONT_FILES:
        font = pdfmetrics.getFont(name)
        state = font.state.get(doc)
        if state is not None:
            for k, codes in enumerate(state.subsets):
                out[font.getSubsetInternalName(k, doc)[1:]] = (name, list(codes))
    return out


def make_pdf(path: Path, paragraphs: list[tuple[str, bool]], align: str = "start") -> Pdf:
    """Wrap and draw paragraphs (text, rtl) on one A5 page; 24 pt per line."""
    T.register_fonts()
    c = Canvas(str(path), pagesize=A5, initialFontName=T.LATIN_FONT, pageCompression=0, invariant=1)
    y = A5[1] - 40
    drawn = []
    for text, rtl in paragraphs:
        for line in T.wrap(text, WIDTH, SIZE, rtl=rtl):
            T.draw_line(c, line, X0, y, WIDTH, align)
            drawn.append(Drawn(line, y))
            y -= 24
    c.showPage()
    subsets = _subsets(c)
    c.save()
    return Pdf(path, drawn, subsets)


def _pdf_string(data: bytes, i: int) -> tuple[bytes, int]:
    """Parse a PDF literal string starting after '(' at data[i]; return (bytes, index after)."""
    out = bytearray()
    depth = 0
    while True:
        b = data[i]
        if b == 0x5C:  # backslash
            n = data[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < i + 4 and 0x30 <= data[j] <= 0x37:
                    j += 1
                out.append(int(data[i + 1 : j], 8) & 0xFF)
                i = j
                continue
            out.append(
                {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n)
            )
            i += 2
            continue
        if b == 0x28:
            depth += 1
        elif b == 0x29:
            if depth == 0:
                return bytes(out), i + 1
            depth -= 1
        out.append(b)
        i += 1


def drawn_glyphs(pdf: Pdf) -> list[list[tuple[str, int]]]:
    """Glyphs shown on the page, from the PDF content stream: one list per text object (= one
    drawn line), each glyph as (font name, glyph id) in drawing (= visual) order."""
    raw = pdf.path.read_bytes()
    streams = [m.group(1) for m in re.finditer(rb"stream\r?\n(.*?)endstream", raw, re.S)]
    content = next(s for s in streams if b" Tf" in s and b"BT" in s)
    lines: list[list[tuple[str, int]]] = []
    current: tuple[str, list[int]] | None = None
    i = 0
    while i < len(content):
        if content.startswith(b"BT", i) and (i == 0 or content[i - 1] in b" \n"):
            lines.append([])
            i += 2
        elif content[i] == 0x2F:  # /Name (maybe a font)
            m = re.match(rb"/([^\s/\[\]()<>]+)\s+[\d.]+\s+Tf", content[i:])
            if m:
                current = pdf.subsets[m.group(1).decode()]
                i += m.end()
            else:
                i += 1
        elif content[i] == 0x28:  # a shown string
            s, i = _pdf_string(content, i + 1)
            name, codes = current
            cmap = pdfmetrics.getFont(name).face.charToGlyph
            lines[-1].extend((name, cmap.get(codes[code], 0)) for code in s)
        else:
            i += 1
    return lines


@cache
def _hb_font(name: str) -> hb.Font:
    return hb.Font(hb.Face(hb.Blob.from_file_path(str(T.FONT_DIR / T.FONT_FILES[name]))))


def hb_glyphs(text: str, font: str, rtl: bool) -> list[tuple[str, int]]:
    """The oracle: uharfbuzz shaping of the logical string; glyph ids in visual order."""
    buf = hb.Buffer()
    buf.add_str(text)
    if rtl:
        buf.direction, buf.script, buf.language = "rtl", "Arab", "ar"
    else:
        buf.guess_segment_properties()
    hb.shape(_hb_font(font), buf, None)
    return [(font, g.codepoint) for g in buf.glyph_infos]


@dataclass
class Char:
    ch: str
    left: float
    right: float
    y: float  # baseline-ish (bottom of box)


def page_chars(path: Path) -> list[Char]:
    """Every character pdfium finds on page 1, with its box."""
    doc = pdfium.PdfDocument(str(path))
    tp = doc[0].get_textpage()
    out = []
    for i in range(tp.count_chars()):
        ch = tp.get_text_range(i, 1)
        left, bottom, right, top = tp.get_charbox(i)
        if ch.strip() and right > left:
            out.append(Char(ch, left, right, bottom))
    return out


def chars_on(chars: list[Char], y: float) -> list[Char]:
    """Characters of the line with baseline y, sorted left to right."""
    return sorted((c for c in chars if y - 8 < c.y < y + 8), key=lambda c: c.left)


def visual(chars: list[Char], keep=lambda c: True) -> str:
    return "".join(c.ch for c in chars if keep(c))


def is_digitish(c: Char) -> bool:
    return c.ch.isdigit() or c.ch == "+"


# --------------------------------------------------------------------------------------------
# 1. glyph oracle
# --------------------------------------------------------------------------------------------
AR = "NotoSansArabic"
LA = "NotoSans"

PURE_ARABIC = [
    "لا إله إلا الله",
    "السلام عليكم ورحمة الله",
    "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ",
    "لا تتردد في الاتصال بنا، نحن هنا للمساعدة",
]

# Mixed lines and their expected visual composition: (logical text of the piece, font, rtl),
# left to right. Written out by hand from the isolate rules, independent of the layout code.
MIXED = {
    "اتصل بالرقم 0800 2000 مجانا": [
        (" مجانا", AR, True),
        ("0800 2000", LA, False),
        ("اتصل بالرقم ", AR, True),
    ],
    "اتصل بـ Veilig Thuis الآن": [
        (" الآن", AR, True),
        ("Veilig Thuis", LA, False),
        ("اتصل بـ ", AR, True),
    ],
    "زوروا https://x.nl/a للمزيد": [
        (" للمزيد", AR, True),
        ("https://x.nl/a", LA, False),
        ("زوروا ", AR, True),
    ],
    "الرقم +31 20 123 4567 أو 14 045": [
        ("14 045", LA, False),
        (" أو ", AR, True),
        ("+31 20 123 4567", LA, False),
        ("الرقم ", AR, True),
    ],
}


def test_glyph_oracle_pure_and_mixed_arabic(tmp_path):
    paragraphs = [(t, True) for t in PURE_ARABIC] + [(t, True) for t in MIXED]
    pdf = make_pdf(tmp_path / "oracle.pdf", paragraphs)
    assert len(pdf.drawn) == len(paragraphs), "every test line fits on one line"
    glyphs = drawn_glyphs(pdf)
    assert len(glyphs) == len(paragraphs)
    for text, got in zip(PURE_ARABIC, glyphs, strict=False):
        assert got == hb_glyphs(text, AR, True), text
    for (text, pieces), got in zip(MIXED.items(), glyphs[len(PURE_ARABIC) :], strict=True):
        expected = [g for piece, font, rtl in pieces for g in hb_glyphs(piece, font, rtl)]
        assert got == expected, text
    # the ligatures really are there: lam-alef is one glyph, so fewer glyphs than letters
    assert len(glyphs[0]) < len(PURE_ARABIC[0])
    assert all(gid != 0 for line in glyphs for _, gid in line), "no .notdef drawn"


def test_runs_match_pdf_and_draw_no_control_characters(tmp_path):
    text = "\u200fاتصل\u200b بالرقم \u2066\u200e0800 2000\u2069\u202c مجانا\u00ad"
    pdf = make_pdf(tmp_path / "ctrl.pdf", [(text, True)])
    (line,) = [d.line for d in pdf.drawn]
    assert line.text == "اتصل بالرقم 0800 2000 مجانا"
    (got,) = drawn_glyphs(pdf)
    assert got == [g for r in line.runs for g in hb_glyphs(r.text, r.font, r.rtl)]
    assert all(gid != 0 for _, gid in got)
    extracted = visual(page_chars(pdf.path))
    controls = {c for c in extracted if unicodedata.category(c) in ("Cc", "Cf")}
    assert not controls


def test_zwnj_steers_joining_but_is_not_drawn(tmp_path):
    word = "می\u200cخواهم"  # Persian: ZWNJ keeps ی from joining خ
    pdf = make_pdf(tmp_path / "zwnj.pdf", [(word, True)])
    (got,) = drawn_glyphs(pdf)
    oracle = hb_glyphs(word, AR, True)
    space = _hb_font(AR).get_nominal_glyph(ord(" "))
    assert got == [g for g in oracle if g[1] != space]  # HarfBuzz puts an empty glyph there
    assert hb_glyphs("میخواهم", AR, True) != oracle  # ... and it does change the shapes


def test_brackets_mirror_in_rtl_runs(tmp_path):
    pdf = make_pdf(tmp_path / "mirror.pdf", [("قال (نعم) و«مرحبا» [لا]", True)])
    (got,) = drawn_glyphs(pdf)
    names = {}
    for font in (LA, AR):
        for ch in "()[]«»":
            gid = _hb_font(font).get_nominal_glyph(ord(ch))
            if gid:
                names[(font, gid)] = ch
    # the glyphs drawn, left to right: each pair opens towards its content. (pdfium's text
    # extraction mirrors characters of RTL text itself, so it cannot be the oracle here.)
    assert "".join(names.get(g, "") for g in got) == "[]«»()"


# --------------------------------------------------------------------------------------------
# 2. digit order, read from pdfium's character boxes
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
# 3. wrapping
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


def test_protected_spans():
    def spans(text):
        return [text[s:e] for s, e in T.protected_spans(text)]

    assert spans("Bel 0800 2000.") == ["0800 2000"]
    assert spans("(020) 123 4567, +31 (0)20 123 4567") == ["(020) 123 4567", "+31 (0)20 123 4567"]
    assert spans("Open 09:00 - 17:00 uur") == ["09:00 - 17:00"]
    assert spans("mail a@b.nl of kijk op https://x.nl/a.") == ["a@b.nl", "https://x.nl/a"]
    assert spans("zie (veiligthuis.nl)") == ["veiligthuis.nl"]
    assert spans("زوروا https://x.nl/a، أو") == ["https://x.nl/a"]
    assert spans("A12 en 1e keer") == []
    assert spans("50% korting, €12,50") == ["50%", "€12,50"]


# --------------------------------------------------------------------------------------------
# 4. fonts and coverage
# --------------------------------------------------------------------------------------------
def test_turkish_uses_noto_sans_and_has_all_glyphs(tmp_path):
    text = "İstanbul ığdır ŞĞ"
    assert T.missing_glyphs(text) == set()
    (line,) = T.wrap(text, WIDTH, SIZE)
    assert {r.font for r in line.runs} == {"NotoSans"}
    pdf = make_pdf(tmp_path / "tr.pdf", [(text, False)])
    assert visual(chars_on(page_chars(pdf.path), pdf.drawn[0].y)) == text.replace(" ", "")
    assert all(gid != 0 for _, gid in drawn_glyphs(pdf)[0])


def test_font_choice_per_run():
    (line,) = T.wrap("قال Ali: «نعم» (2)", WIDTH, SIZE, rtl=True)
    by_text = {r.text: r.font for r in line.runs}
    assert by_text["Ali"] == "NotoSans"
    assert any(f == "NotoSansArabic" and "قال" in t for t, f in by_text.items())
    assert by_text["("] == "NotoSans"  # Noto Sans Arabic has no parentheses: fallback
    (bold,) = T.wrap("مرحبا Ali", WIDTH, SIZE, bold=True, rtl=True)
    assert {r.font for r in bold.runs} == {"NotoSansArabic-Bold", "NotoSans-Bold"}


def test_missing_glyphs():
    assert T.missing_glyphs("Hulp 😀 nodig 漢") == {"😀", "漢"}
    assert T.missing_glyphs("\u200f\u2066x\u2069\u200b\ufe0f") == set()
    assert T.missing_glyphs("مرحبا 0800 — “x” € İ ğ") == set()


def test_register_fonts_is_idempotent():
    T.register_fonts()
    T.register_fonts()
    for name in T.FONT_FILES:
        assert name in pdfmetrics.getRegisteredFontNames()


def test_page_uses_only_embedded_fonts(tmp_path):
    pdf = make_pdf(tmp_path / "fonts.pdf", [("Hallo مرحبا", False)])
    raw = pdf.path.read_bytes()
    assert b"Helvetica" not in raw
    assert b"/FontFile2" in raw


# --------------------------------------------------------------------------------------------
# 5. rendering (a person looks at the PNG; the test checks it is not blank)
# --------------------------------------------------------------------------------------------
def test_render_png(tmp_path):
    pdf = make_pdf(tmp_path / "look.pdf", [(t, True) for t, _ in DIGIT_CASES] + [(LONG_NL, False)])
    image = pdfium.PdfDocument(str(pdf.path))[0].render(scale=2).to_pil()
    png = tmp_path / "look.png"
    image.save(png)
    assert image.convert("L").getextrema()[0] < 64  # something dark was drawn
