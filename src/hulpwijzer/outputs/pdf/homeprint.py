"""The booklet to print at home: the screen PDF's A5 pages two by two on A4 landscape sheets,
in saddle order, so that the stack printed on both sides (flipped on the short edge) folds into
the booklet.

For 12 pages the sides are [12|1], [2|11], [10|3], [4|9], [8|5], [6|7]: the first sheet carries
the cover and the back page, its other side pages 2 and 11, and so on to the middle pages 6|7 of
the innermost sheet. A right-to-left booklet (Arabic) is bound on the right, so every side is
mirrored ([1|12], [11|2] …) and the folded stack opens from the right. The top of the first side
says, in the booklet's language, how to print and fold it (above the back page, so that the
cover stays clean).

The pages are not laid out again: pikepdf places each page of the screen file as a form XObject
(:func:`.proof.place_page`, the proof's imposer), so what is printed at home is what is shared
on screen. pikepdf is already the library of the PDF/X file and the proof; a second imposer
(pdfimpose, pypdf) would add a dependency for the same few lines.
"""

from __future__ import annotations

import io

import pikepdf

from ... import typeset as text
from ...compose.handouts import home_print_note
from ...compose.texts import Texts
from ...model import Guide
from .. import Rendered
from . import style
from .canvas import dated_canvas
from .proof import place_page

Side = tuple[int, int]  # (page index on the left half, on the right half), from 0


def saddle_sides(pages: int, rtl: bool = False) -> list[Side]:
    """The sheet sides of a saddle-stitched booklet of ``pages`` (a multiple of 4), in print
    order: front and back of the outer sheet first. Right to left: every side mirrored."""
    if pages % 4:
        raise ValueError(f"a folded booklet needs a multiple of 4 pages, not {pages}")
    sides: list[Side] = []
    for sheet in range(pages // 4):
        outer, inner = 2 * sheet, pages - 1 - 2 * sheet
        sides += [(inner, outer), (outer + 1, inner - 1)]
    return [(right, left) for left, right in sides] if rtl else sides


def impose(screen_pdf: bytes, guide: Guide, language: str, draft: bool = False) -> Rendered:
    """The home-print booklet of ``language``, from its screen file."""
    t = Texts(guide, language, fallback=draft)
    with pikepdf.open(io.BytesIO(screen_pdf)) as source:
        width, height = (float(v) for v in source.pages[0].trimbox[2:])
        sides = saddle_sides(len(source.pages), t.rtl)
        note = home_print_note(t)
        sheets, scale = _sheets(
            guide, language, t("cover.title"), note, t.rtl, len(sides), width, height
        )
        sheet_width = style.HOMEPRINT_SHEET[0]
        placed_width, placed_height = width * scale, height * scale
        with pikepdf.open(io.BytesIO(sheets)) as out:
            for sheet, side in zip(out.pages, sides, strict=True):
                for slot, index in enumerate(side):
                    x = sheet_width / 2 - placed_width + slot * placed_width  # the fold: centre
                    y = style.HOMEPRINT_EDGE
                    rect = pikepdf.Rectangle(x, y, x + placed_width, y + placed_height)
                    place_page(out, sheet, source.pages[index], f"/Page{index + 1}", rect)
            data = io.BytesIO()
            out.save(data, deterministic_id=True)
    return Rendered(data.getvalue(), len(sides))


def _sheets(
    guide: Guide,
    language: str,
    title: str,
    note: str,
    rtl: bool,
    count: int,
    width: float,
    height: float,
) -> tuple[bytes, float]:
    """``count`` empty A4 landscape sides, the first with the note on how to print and fold
    above its back page; the scale at which the pages fit below the note, inside the printer's
    edge."""
    text.register_fonts()
    sheet_width, sheet_height = style.HOMEPRINT_SHEET
    edge, note_style = style.HOMEPRINT_EDGE, style.HOMEPRINT_NOTE
    line_width = style.HOMEPRINT_NOTE_WIDTH  # above the back page: the cover stays clean
    line_x = sheet_width / 2 if rtl else edge
    lines = text.wrap(note, line_width, note_style.size, bold=note_style.bold, rtl=rtl)
    note_height = len(lines) * note_style.line_height + note_style.space_after
    scale = min(
        (sheet_width - 2 * edge) / (2 * width), (sheet_height - 2 * edge - note_height) / height
    )
    out = io.BytesIO()
    canv = dated_canvas(guide.settings.edition)(
        out,
        pagesize=(sheet_width, sheet_height),
        invariant=1,
        pageCompression=1,
        lang=language,
        initialFontName=text.LATIN_FONT,
    )
    canv.setCreator("hulpwijzer")
    canv.setProducer("hulpwijzer")
    canv.setTitle(title)
    for number in range(count):
        if number == 0:
            canv.setFillColor(style.BLACK)
            baseline = sheet_height - edge - note_style.size
            for line in lines:
                text.draw_line(canv, line, line_x, baseline, line_width, "center")
                baseline -= note_style.line_height
        canv.showPage()
    canv.save()
    return out.getvalue(), scale
