"""Breaking text into lines no wider than a box, measuring it, and drawing a line.

The text is broken in *logical* order, greedily at spaces, measuring shaped widths; protected
spans (a phone number, a URL ...) never break; a word wider than the line is broken between
characters. Control and format characters are removed first: they are never drawn.

Break opportunities per script: a space in every script the guide prints (Latin, Cyrillic,
Greek, Arabic, Ethiopic). Ethiopic text may also separate words by its own punctuation without a
space: a line may end after the wordspace "፡" (Unicode line break class BA, UAX #14) and, as a
tailoring UAX #14 allows, after the full stop "።" and the other Ethiopic clause marks (class AL
in Unicode's data: without it, "ሰላም።ሓገዝ" could only break between letters). Never before such a
mark ("፡፡" stays together), never inside a protected span. A hyphen is no break opportunity
(a phone number or "e-mail" stays whole); a joiner (ZWNJ in Persian words) is none either.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics

from ..glyphs import VARIATION_SELECTORS, ZW_JOINERS, invisible
from .fonts import font_name, is_mark, register_fonts
from .runs import Line, layout_line, layout_part
from .shaping import clear_shapes, read_reversed
from .spans import protected_spans

# Ethiopic wordspace, full stop, comma, semicolon, colon, preface colon, question mark and
# paragraph separator: a line may end after them (see the module's description)
BREAK_AFTER = frozenset("\u1361\u1362\u1363\u1364\u1365\u1366\u1367\u1368")


def _clean(text: str) -> str:
    """Normalise line breaks and tabs; drop control/format characters except ZWJ/ZWNJ."""
    if text.isprintable() and not VARIATION_SELECTORS.search(text):
        return text  # no control, format or separator characters (but spaces): nothing to do
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n").replace("\t", " ")
    return "".join(ch for ch in text if ch == "\n" or ch in ZW_JOINERS or not invisible(ch))


def measure(text: str, size: float, bold: bool = False, rtl: bool = False) -> float:
    """Width in points of text laid out on one line (of its widest line if it has newlines)."""
    paras = _clean(text).split("\n")
    return max(layout_line(p.strip(" "), float(size), bold, rtl).width for p in paras)


def wrap(text: str, width: float, size: float, bold: bool = False, rtl: bool = False) -> list[Line]:
    """Break text into lines no wider than width (points), greedily, at spaces.

    "\\n" forces a break; an empty paragraph (and "") gives one empty line. Spaces at a break
    (and at the start and end of a paragraph) are dropped; protected spans never break; a word
    wider than the line is broken between characters. ``rtl`` is the paragraph direction.

    Results are remembered (lines are immutable): a flowable is wrapped several times per
    render, and the print and screen variants of a language wrap the same texts at the same
    widths. :func:`clear_caches` forgets them.
    """
    return list(_wrap(text, float(width), float(size), bool(bold), bool(rtl)))


@lru_cache(maxsize=32768)
def _wrap(text: str, width: float, size: float, bold: bool, rtl: bool) -> tuple[Line, ...]:
    register_fonts()
    lines: list[Line] = []
    for para in _clean(text).split("\n"):
        lines.extend(_wrap_paragraph(para, width, size, bold, rtl))
    return tuple(lines)


def _wrap_paragraph(para: str, width: float, size: float, bold: bool, rtl: bool) -> list[Line]:
    """Break one paragraph (no newlines) into lines, greedily: as many words as fit."""
    para = para.strip(" ")
    whole = layout_line(para, size, bold, rtl)
    if whole.width <= width:
        return [whole]
    words = _words(para)

    def layout_words(first: int, last: int) -> Line:
        return layout_part(whole, words[first][0], words[last][1], size, bold)

    space = pdfmetrics.stringWidth(" ", font_name(bold), size)
    word_widths = _word_widths(para, whole, words, size, bold, rtl)
    lines: list[Line] = []
    i = 0
    while i < len(words):
        j = _estimate_last_word(words, word_widths, i, space, width)
        j, line = _fit_last_word(layout_words, i, j, len(words), width)
        if line.width > width:  # a single word wider than the line
            lines.extend(_break_word(line.text, width, size, bold, rtl))
        else:
            lines.append(line)
        i = j + 1
    return lines


def _word_widths(
    para: str, whole: Line, words: list[tuple[int, int]], size: float, bold: bool, rtl: bool
) -> list[float]:
    """The width of every word, for the estimate of a line's last word: the estimate is where
    the exact search of :func:`_fit_last_word` starts, the lines are laid out exactly. The
    paragraph is laid out already: a word's width is the advances of its characters' glyphs
    there (a space breaks joining and ligatures, so a word alone differs at most by kerning
    across a space), without shaping every word again. A run without glyph data (no HarfBuzz)
    has each word laid out."""
    upto = [0.0] * (len(para) + 1)  # the advance of each character's glyphs, then the sums
    for run in whole.runs:
        data = getattr(run.shaped, "__shapeData__", None)
        count, backwards = len(run.text), read_reversed(run.text, run.rtl)
        if data is None or any(not 0 <= glyph.cluster < count for glyph in data):
            return [layout_line(para[s:e], size, bold, rtl).width for s, e in words]
        for glyph in data:
            char = count - 1 - glyph.cluster if backwards else glyph.cluster
            upto[run.start + char + 1] += glyph.x_advance
    for i in range(len(para)):
        upto[i + 1] += upto[i]
    return [(upto[e] - upto[s]) * size / 1000.0 for s, e in words]


def _words(para: str) -> list[tuple[int, int]]:
    """(start, end) of the words of para: maximal stretches without a breakable space, also
    ended after an Ethiopic wordspace or full stop (:data:`BREAK_AFTER`).

    Spaces inside protected spans (a phone number ...) are not breakable, nor is a mark there.
    """
    breakable = [ch == " " for ch in para]
    ends = [
        ch in BREAK_AFTER and i + 1 < len(para) and para[i + 1] not in BREAK_AFTER
        for i, ch in enumerate(para)
    ]
    for s, e in protected_spans(para):
        breakable[s:e] = [False] * (e - s)
        ends[s : e - 1] = [False] * (e - 1 - s)
    words: list[tuple[int, int]] = []
    i = 0
    while i < len(para):
        if breakable[i]:
            i += 1
            continue
        j = i
        while j < len(para) and not breakable[j]:
            j += 1
            if ends[j - 1]:
                break
        words.append((i, j))
        i = j
    return words


def _estimate_last_word(
    words: list[tuple[int, int]], widths: list[float], first: int, space: float, width: float
) -> int:
    """The last word that fits on a line starting with words[first], estimated from the widths
    of the words and of the spaces between them."""
    last, estimate = first, widths[first]
    while last + 1 < len(words):
        longer = estimate + (words[last + 1][0] - words[last][1]) * space + widths[last + 1]
        if longer > width:
            break
        last, estimate = last + 1, longer
    return last


def _fit_last_word(layout_words, first: int, last: int, count: int, width: float):
    """Correct the estimated last word with the exact layout; return it and its line."""
    line = layout_words(first, last)
    while line.width > width and last > first:
        last -= 1
        line = layout_words(first, last)
    while last + 1 < count:
        longer = layout_words(first, last + 1)
        if longer.width > width:
            break
        last, line = last + 1, longer
    return last, line


def _clusters(text: str) -> list[str]:
    """Split text into base characters with their combining marks and joiners attached."""
    out: list[str] = []
    for ch in text:
        if out and is_mark(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _break_word(word: str, width: float, size: float, bold: bool, rtl: bool) -> list[Line]:
    """Break a word wider than the line between characters (at least one per line)."""
    lines = []
    rest = _clusters(word)
    while rest:
        lo, hi = 1, len(rest)  # largest n with width(rest[:n]) <= width; at least 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if layout_line("".join(rest[:mid]), size, bold, rtl).width <= width:
                lo = mid
            else:
                hi = mid - 1
        lines.append(layout_line("".join(rest[:lo]), size, bold, rtl))
        rest = rest[lo:]
    return lines


def clear_caches() -> None:
    """Forget remembered line layouts and shapes (e.g. between languages, to bound memory)."""
    _wrap.cache_clear()
    layout_line.cache_clear()
    clear_shapes()


def draw_line(canvas, line: Line, x: float, y: float, width: float, align: str) -> None:
    """Draw a line on a ReportLab canvas in the box [x, x + width] with baseline y.

    align: "left", "right", "center", "start" (right for rtl lines) or "end".
    """
    register_fonts()
    cx = _left_edge(line, x, width, align)
    if not line.runs:
        return
    t = canvas.beginText()
    for run in line.runs:
        t.setTextOrigin(cx, y)
        t.setFont(run.font, run.size)
        _text_out(t, run.shaped)
        cx += run.width
    canvas.drawText(t)


def _text_out(t, shaped) -> None:
    """``t.textOut(shaped)``: the same text operators, made here for a run without vertical
    offsets (nearly every run), without ReportLab's bookkeeping per glyph (its clusters, rise
    and ``groupby`` of every glyph's values), which took most of the time of drawing a line."""
    data = getattr(shaped, "__shapeData__", None)
    font = pdfmetrics.getFont(t._fontname)
    if (
        data is None
        or not (font._dynamicFont and font.shapable)
        or t._rise
        or any(sd.y_offset or sd.cluster < 0 for sd in data)
    ):
        t.textOut(shaped)  # marks moved up or down, or no shaping: ReportLab's own way
        return
    canvas, out, start, head = t._canvas, [], 0, ""
    doc = canvas._doc
    for subset, chunk in font.splitString(shaped, doc):
        if subset != t._curSubset:
            head = head or f"{fp_str(t._fontsize)} Tf {fp_str(t._leading)} TL"
            out.append(f"{font.getSubsetInternalName(subset, doc)} {head}")
            t._curSubset = subset
        end = start + len(chunk)
        out.append(_show(chunk, data[start:end], canvas._escape))
        start = end
    t._code.append(" ".join(out))


def _show(chunk: bytes, data, escape) -> str:
    """The ``Tj`` or ``TJ`` operator that shows the glyphs ``chunk`` (one subset) placed as
    HarfBuzz says (``data``), as ReportLab writes it: each glyph's offset before it and the
    difference of its advance after it, neighbouring numbers summed, zeros left out."""
    parts: list[str] = []
    glyphs = bytearray()
    numbers: list[float] = []

    def flush_numbers() -> None:
        value = fp_str(sum(numbers))
        if value != "0":
            parts.append(value)
        numbers.clear()

    for code, sd in zip(chunk, data, strict=True):
        before, after = -sd.x_offset, sd.width - sd.x_advance + sd.x_offset
        if before:
            if glyphs:
                parts.append(f"({escape(bytes(glyphs))})")
                glyphs.clear()
            numbers.append(before)
        if numbers:
            flush_numbers()
        glyphs.append(code)
        if after:
            parts.append(f"({escape(bytes(glyphs))})")
            glyphs.clear()
            numbers.append(after)
    if glyphs:
        parts.append(f"({escape(bytes(glyphs))})")
    if numbers:
        flush_numbers()
    if len(parts) == 1 and parts[0].startswith("("):
        return f"{parts[0]} Tj"
    return f"[{' '.join(parts)}] TJ"


def _left_edge(line: Line, x: float, width: float, align: str) -> float:
    """Where the line starts in the box [x, x + width] when aligned as asked."""
    if align == "start":
        align = "right" if line.rtl else "left"
    elif align == "end":
        align = "left" if line.rtl else "right"
    if align == "left":
        return x
    if align == "right":
        return x + width - line.width
    if align == "center":
        return x + (width - line.width) / 2
    raise ValueError(f"unknown align {align!r}")
