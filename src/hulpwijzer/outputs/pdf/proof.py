"""The proof for sign-off: the print file's pages as the reader sees them, two by two.

Made from the print PDF itself (not laid out again), so that what staff sign off is what the
shop prints: the same pages, in the same order, cut at the trim (crop marks, slug line and
bleed are left off). A booklet bound on the left opens with the cover alone on the right of the
spine, then pages 2|3, 4|5 … and ends with the back page alone on the left; bound on the right
(Arabic), the cover is alone on the left, then 3|2, 5|4 … and the back page alone on the right.
Every spread says which pages it shows and on which side the booklet is bound.

ReportLab draws the sheets (frames, spine, captions); pikepdf places the print pages on them.
The result is a screen PDF: RGB captions, no PDF/X.
"""

from __future__ import annotations

import io

import pikepdf
from reportlab.lib.colors import Color

from ... import languages
from ... import typeset as text
from ...model import Guide
from .. import Rendered
from . import style
from .canvas import dated_canvas

MARGIN = 12 * style.mm  # around a spread
CAPTION = 18 * style.mm  # below it, for its caption
FRAME = Color(0.6, 0.6, 0.6)
SPINE = Color(0.2, 0.2, 0.2)

Spread = tuple[int | None, int | None]  # (page index on the left, on the right); None: empty


def spreads(pages: int, rtl: bool) -> list[Spread]:
    """The reader spreads of a booklet of ``pages`` pages (indexes from 0).

    Left to right: the cover alone right of the spine, then 2|3, 4|5 …, the back page alone on
    the left. Right to left: each spread mirrored.
    """
    if pages == 0:
        return []
    pairs: list[Spread] = [(None, 0)]
    for i in range(1, pages, 2):
        pairs.append((i, i + 1 if i + 1 < pages else None))
    return [(right, left) for left, right in pairs] if rtl else pairs


def reader_spreads(print_pdf: bytes, guide: Guide, language: str, rtl: bool) -> Rendered:
    """The proof of one language, from its print file."""
    with pikepdf.open(io.BytesIO(print_pdf)) as source:
        trim = [tuple(float(v) for v in page.trimbox) for page in source.pages]
        width = max(x1 - x0 for x0, _, x1, _ in trim)
        height = max(y1 - y0 for _, y0, _, y1 in trim)
        layout = spreads(len(trim), rtl)
        sheets = _sheets(guide, language, rtl, layout, width, height)
        with pikepdf.open(io.BytesIO(sheets)) as proof:
            for sheet, pair in zip(proof.pages, layout, strict=True):
                for slot, index in enumerate(pair):
                    if index is None:
                        continue
                    x = MARGIN + slot * width
                    rect = pikepdf.Rectangle(x, CAPTION, x + width, CAPTION + height)
                    place_page(proof, sheet, source.pages[index], f"/Page{index + 1}", rect)
            out = io.BytesIO()
            proof.save(out, deterministic_id=True)
    return Rendered(out.getvalue(), len(layout))


def place_page(
    proof: pikepdf.Pdf, sheet: pikepdf.Page, page: pikepdf.Page, name: str, rect: pikepdf.Rectangle
) -> None:
    """Draw ``page`` (cut at its TrimBox) in ``rect`` of ``sheet``, under a fixed name (pikepdf's
    own overlay picks a random one, and the proof must be the same on every build)."""
    form = page.as_form_xobject()
    resources = sheet.obj.Resources
    if "/XObject" not in resources:
        resources.XObject = pikepdf.Dictionary()
    resources.XObject[name] = proof.copy_foreign(form)
    placed = resources.XObject[name]
    placement = sheet.calc_form_xobject_placement(
        placed, pikepdf.Name(name), rect, allow_shrink=True, allow_expand=False
    )
    sheet.contents_add(b"q\n" + placement + b"\nQ\n")


def _sheets(
    guide: Guide,
    language: str,
    rtl: bool,
    layout: list[Spread],
    width: float,
    height: float,
) -> bytes:
    """One sheet per spread: the frames of its pages, the spine and the caption."""

    text.register_fonts()
    size = (2 * width + 2 * MARGIN, height + CAPTION + MARGIN)
    out = io.BytesIO()
    canv = dated_canvas(guide.settings.edition)(
        out, pagesize=size, invariant=1, initialFontName=text.LATIN_FONT, pageCompression=1
    )
    name = f"{language} ({languages.english_name(language)})"
    side = languages.binding(language)
    canv.setTitle(f"Proof: {name}, edition {guide.settings.edition.isoformat()}")
    canv.setCreator("hulpwijzer")
    canv.setProducer("hulpwijzer")
    for number, pair in enumerate(layout, start=1):
        for slot, index in enumerate(pair):
            if index is None:
                continue
            canv.setStrokeColor(FRAME)
            canv.setLineWidth(0.5)
            canv.rect(MARGIN + slot * width, CAPTION, width, height, stroke=1, fill=0)
        canv.setStrokeColor(SPINE)
        canv.setLineWidth(1.5)
        spine = MARGIN + width
        canv.line(spine, CAPTION - 3 * style.mm, spine, CAPTION + height + 3 * style.mm)
        caption = (
            f"Proof of the {name} booklet, edition {guide.settings.edition.isoformat()}: "
            f"spread {number} of {len(layout)}, {_shown(pair)}. "
            f"Bound on the {side}{' (read from right to left)' if rtl else ''}."
        )
        line = text.wrap(caption, size[0] - 2 * MARGIN, 10)[0]
        canv.setFillColor(SPINE)
        text.draw_line(canv, line, MARGIN, CAPTION / 2, size[0] - 2 * MARGIN, "center")
        canv.showPage()
    canv.save()
    return out.getvalue()


def _shown(pair: Spread) -> str:
    """Which pages a spread shows: "pages 3 (left) and 2 (right)", "page 1 (right)"."""
    left, right = pair
    if left is not None and right is not None:
        return f"pages {left + 1} (left) and {right + 1} (right)"
    if left is not None:
        return f"page {left + 1} (left of the spine)"
    return f"page {right + 1} (right of the spine)"
