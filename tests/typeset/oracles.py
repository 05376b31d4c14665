"""What the text engine really drew, found without its own code: the oracles of its tests.

A test PDF is written with :func:`make_pdf`; the glyphs drawn are read back from its content
stream (:func:`drawn_glyphs`) and compared with uharfbuzz's own shaping (:func:`hb_glyphs`); the
characters and their boxes come from pdfium (:func:`page_chars`). :func:`undrawable` is what
ReportLab's font objects cannot draw, to hold :func:`hulpwijzer.glyphs.missing` to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import uharfbuzz as hb
from reportlab.lib.pagesizes import A5
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from hulpwijzer import glyphs
from hulpwijzer import typeset as T
from hulpwijzer.typeset import fonts, lines

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
    for name in fonts.FONT_PATHS:
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
def hb_font(name: str) -> hb.Font:
    """uharfbuzz's own font object for a registered font name."""
    return hb.Font(hb.Face(hb.Blob.from_file_path(str(fonts.FONT_PATHS[name]))))


def hb_glyphs(text: str, font: str, rtl: bool) -> list[tuple[str, int]]:
    """The oracle: uharfbuzz shaping of the logical string; glyph ids in visual order."""
    buf = hb.Buffer()
    buf.add_str(text)
    if rtl:
        buf.direction, buf.script, buf.language = "rtl", "Arab", "ar"
    else:
        buf.guess_segment_properties()
    hb.shape(hb_font(font), buf, None)
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
    """The characters, in the order given, that keep accepts."""
    return "".join(c.ch for c in chars if keep(c))


def is_digitish(c: Char) -> bool:
    """A digit or the plus of a phone number."""
    return c.ch.isdigit() or c.ch == "+"


def undrawable(text: str) -> set[str]:
    """Characters of text that the renderer would draw as empty boxes (in regular or bold).

    Taken from the character maps of ReportLab's font objects (as registered, without the
    private-use numbers of unmapped glyphs), after the text engine's clean-up; spaces, line
    breaks and joiners are never drawn as glyphs of their own.
    """
    T.register_fonts()
    drawn = set(lines._clean(text)) - {"\n", " "} - glyphs.ZW_JOINERS
    weights = [
        frozenset().union(*(fonts.coverage(T.font_name(bold, family=f)) for f in glyphs.FONTS))
        for bold in (False, True)
    ]
    return {ch for ch in drawn if not all(ord(ch) in drawable for drawable in weights)}
