"""Render one language's story to PDF bytes, as a print, a screen or a proof variant.

*print*: each page is the trim plus 3 mm bleed plus (``print_marks``) room for the crop marks and
the slug line; TrimBox and BleedBox are set on every page, CMYK is enforced, every font is
embedded, no link is drawn, and :mod:`.pdfx` makes it PDF/X-1a. *screen*: the trim size, with
links, title and language in the metadata. *proof*: the print pages as reader spreads
(:mod:`.proof`), made from the print file so that what is signed off is what is printed.
*homeprint*: the screen pages imposed for printing at home on A4 (:mod:`.homeprint`).

Output is byte-identical for the same input: invariant mode, and the PDF's dates and file id
come from the edition date, never from the clock or from the environment (ReportLab would take
``SOURCE_DATE_EPOCH``); pikepdf derives the print file's id from its content.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from ... import languages
from ... import typeset as text
from ...compose.blocks import Booklet
from ...compose.booklet import compose_booklet
from ...compose.texts import Texts
from ...model import Guide, HulpwijzerError
from .. import OUTPUTS, Rendered
from . import story, style
from .canvas import dated_canvas
from .finding import PageMarks, PageRefError
from .flowables import NotesPadding
from .tabs import draw_tabs

__all__ = ["Geometry", "RenderError", "render", "render_variants"]

VARIANTS = tuple(name for name, o in OUTPUTS.items() if o.renderer == "pdf")


@dataclass(frozen=True)
class Geometry:
    """Where the trim sits on the media for one variant."""

    trim_width: float
    trim_height: float
    offset: float  # from the media's edge to the trim, on every side

    marks: bool = False  # crop marks and a slug line outside the bleed

    @classmethod
    def of(cls, page_size: str, variant: str, marks: bool = True) -> Geometry:
        return cls.sized(*style.trim_size(page_size), variant == "print", marks)

    @classmethod
    def sized(cls, width: float, height: float, print_file: bool, marks: bool) -> Geometry:
        """A ``width`` × ``height`` trim on the media of a print file (bleed, maybe marks) or of
        a screen file (the trim only)."""
        if not print_file:
            return cls(width, height, 0.0)
        return cls(width, height, style.SLUG if marks else style.BLEED, marks)

    @property
    def bleed(self) -> float:
        """How far a colour at the trim edge runs on: into the bleed of a print file."""
        return style.BLEED if self.offset else 0.0

    @property
    def media(self) -> tuple[float, float]:
        return self.trim_width + 2 * self.offset, self.trim_height + 2 * self.offset

    @property
    def trim_box(self) -> tuple[float, float, float, float]:
        o = self.offset
        return (o, o, o + self.trim_width, o + self.trim_height)

    @property
    def bleed_box(self) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = self.trim_box
        b = style.BLEED
        return (x0 - b, y0 - b, x1 + b, y1 + b)


class RenderError(HulpwijzerError):
    """A guide cannot be laid out; the message says which language and what to do."""


def render(
    guide: Guide, language: str, variant: str, draft: bool = False, notice: tuple[str, ...] = ()
) -> Rendered:
    """Render the guide in ``language``; page count padded to a multiple of 4 with notes pages.

    A ``draft`` shows missing texts in the source language, is marked on every page and says
    ``notice`` (what is missing, what is not reviewed) on its back page.
    """
    return render_variants(guide, language, (variant,), draft, notice)[variant]


def render_variants(
    guide: Guide,
    language: str,
    variants: tuple[str, ...] = VARIANTS,
    draft: bool = False,
    notice: tuple[str, ...] = (),
) -> dict[str, Rendered]:
    """Render ``variants`` of one language, each in one pass.

    The first variant of a design is padded to a multiple of 4 pages as it is laid out
    (:func:`story.notes_padding`, supposing a one-page back page); if the count is off, it is
    rendered again with the right number of notes pages. The variants of one design (print and
    screen) share the text frame's size, so they break into pages alike: the others get that
    number straight away. The page numbers of the contents and the index come from the same
    pass (:mod:`.finding`). Line layouts are remembered by :mod:`hulpwijzer.typeset` between
    the variants.
    """
    text.register_fonts()
    booklet = compose_booklet(guide, Texts(guide, language, fallback=draft, notice=tuple(notice)))
    notes: dict[str, int] = {}  # design -> notes pages
    out = {}
    paged = [v for v in variants if not OUTPUTS[v].made_from]
    for made_from in (OUTPUTS[v].made_from for v in variants):
        if made_from and made_from not in paged:
            paged.append(made_from)  # the proof is made from the print file, the home print …
    for variant in paged:
        design = OUTPUTS[variant].design
        notes_pages = notes.get(design)
        if notes_pages is None:
            padding = story.notes_padding(
                booklet, style.design_for(design, guide.settings.max_pages)
            )
            result = _build(guide, booklet, variant, padding)
            notes_pages = padding.added or 0
        else:
            result = _build(guide, booklet, variant, notes_pages)
        for attempt in range(8):  # the back page took more (or fewer) pages than supposed
            if result.pages % 4 == 0:
                break
            # first the fewest notes pages that can work; if the pages keep moving, add more
            missing = -result.pages % 4
            notes_pages = (notes_pages + missing) % 4 if attempt < 4 else notes_pages + missing
            result = _build(guide, booklet, variant, notes_pages)
        else:
            raise RenderError(
                f"the {variant} guide in '{booklet.language}' cannot be brought to a multiple of 4 "
                "pages. Run 'hulpwijzer check' and shorten the texts it reports as too long."
            )
        notes[design] = notes_pages
        out[variant] = result
    if "proof" in variants:
        from .proof import reader_spreads

        out["proof"] = reader_spreads(out["print"].pdf, guide, booklet.language, booklet.rtl)
    if "homeprint" in variants:
        from .homeprint import impose

        out["homeprint"] = impose(out["screen"].pdf, guide, booklet.language, draft)
    return {variant: out[variant] for variant in variants}


def _build(
    guide: Guide, booklet: Booklet, variant: str, notes_pages: int | NotesPadding
) -> Rendered:
    """One variant of ``booklet`` with ``notes_pages`` (or the padding that decides them)."""
    design = style.design_for(OUTPUTS[variant].design, guide.settings.max_pages)
    page_size = design.page(guide.settings.page_size)
    geometry = Geometry.of(page_size, variant, guide.settings.print_marks)
    out = io.BytesIO()
    title = booklet.cover.title
    options = dict(
        pagesize=geometry.media,
        title=title,
        author=title,
        subject=booklet.cover.subtitle,
        creator="hulpwijzer",
        producer="hulpwijzer",
        lang=booklet.language.replace("_", "-"),
        invariant=1,
        pageCompression=1,
        initialFontName=text.LATIN_FONT,
        displayDocTitle=1,
        direction="R2L" if booklet.rtl else "L2R",
    )
    if variant == "print":
        options.update(
            enforceColorSpace="cmyk", trimBox=geometry.trim_box, bleedBox=geometry.bleed_box
        )
    doc = BaseDocTemplate(out, **options)
    frame = Frame(
        geometry.offset + design.margin,
        geometry.offset + design.margin + design.footer_height,
        *style.frame_size(page_size, design),
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    slug = _slug_text(guide, booklet) if geometry.marks else ""

    def decorate(canv, document):
        _decorate(canv, document.page, geometry, booklet.draft_mark, design)
        if geometry.marks:
            crop_marks(canv, geometry)
            title = booklet.cover.title
            slug_line(canv, geometry, title, booklet.rtl, slug.format(page=document.page))

    def end_page(canv, document):
        draw_tabs(canv, document.page, booklet.rtl, geometry.trim_box, geometry.bleed)

    doc.addPageTemplates(
        [PageTemplate("page", frames=[frame], onPage=decorate, onPageEnd=end_page)]
    )
    marks = PageMarks(booklet.rtl, design)
    try:
        doc.build(
            story.story(booklet, page_size, notes_pages, design, marks),
            canvasmaker=dated_canvas(guide.settings.edition, links=variant != "print"),
        )
        if marks.unwritten():
            raise PageRefError(f"no page for {', '.join(sorted(marks.unwritten()))}")
    except PageRefError as exc:
        raise RenderError(
            f"the {variant} guide in '{booklet.language}' cannot number the pages of its "
            f"contents and index ({exc}). If it has more pages than max_pages in "
            "content/guide.yaml, shorten the texts or raise max_pages; if not, please report "
            "this as a bug of hulpwijzer."
        ) from None
    except LayoutError:  # boxes and texts split over pages; this is the last line of defence
        raise RenderError(
            f"the {variant} guide in '{booklet.language}' cannot be laid out: a part of it is "
            "larger than a page. Run 'hulpwijzer check' and shorten the texts it reports as "
            "too long."
        ) from None
    standard = OUTPUTS[variant].pdfx
    if standard:
        from .pdfx import make_pdfx  # pikepdf: only when a print file is made

        return Rendered(make_pdfx(out.getvalue(), standard), doc.page)
    return Rendered(out.getvalue(), doc.page)


def _decorate(
    canv,
    page: int,
    geometry: Geometry,
    draft_mark: str | None,
    design: style.Design = style.BOOKLET,
) -> None:
    """The colour band of the cover or a page number, a draft's mark."""
    canv.saveState()
    x0, y0, x1, y1 = geometry.trim_box
    if page == 1:  # a colour band across the top of the cover, running into the bleed
        band = 10 * style.mm
        bleed = geometry.bleed
        canv.setFillColor(style.ACCENT)
        canv.rect(
            x0 - bleed, y1 - band, geometry.trim_width + 2 * bleed, band + bleed, stroke=0, fill=1
        )
    else:
        line = text.wrap(str(page), geometry.trim_width, design.footer.size)[0]
        canv.setFillColor(style.BLACK)
        text.draw_line(canv, line, x0, y0 + design.margin - 2, geometry.trim_width, "center")
    if draft_mark:
        canv.setFillColor(style.EMERGENCY)
        mark = text.wrap(draft_mark, geometry.trim_width, design.footer.size, bold=True)[0]
        text.draw_line(canv, mark, x0, y1 - design.margin / 2, geometry.trim_width, "center")
    canv.restoreState()


def _slug_text(guide: Guide, booklet: Booklet) -> str:
    """The print shop's line under every page after the title, ``{page}`` for the page."""
    code = booklet.language
    side = languages.binding(code).upper()
    reads = "right to left" if booklet.rtl else "left to right"
    return (
        f"|  {code} ({languages.english_name(code)})  |  "
        f"edition {guide.settings.edition.isoformat()}  |  page {{page}}  |  "
        f"BIND ON THE {side} ({reads})"
    )


def slug_line(canv, geometry: Geometry, title: str, rtl: bool, content: str) -> None:
    """The slug line below the trim, outside the bleed, between the crop marks: the title in
    its own direction, then the language, edition, page and binding side."""
    x0, y0, _, _ = geometry.trim_box
    head = text.wrap(title, geometry.trim_width / 2, style.SLUG_LINE, rtl=rtl)[0]
    tail = text.wrap(content, geometry.trim_width, style.SLUG_LINE)[0]
    gap = style.SLUG_LINE  # two spaces
    left = x0 + (geometry.trim_width - head.width - gap - tail.width) / 2
    baseline = y0 - style.SLUG_BASELINE
    canv.saveState()
    canv.setFillColor(style.BLACK)
    text.draw_line(canv, head, left, baseline, head.width, "left")
    text.draw_line(canv, tail, left + head.width + gap, baseline, tail.width, "left")
    canv.restoreState()


def crop_marks(canv, geometry: Geometry) -> None:
    """Hairlines in line with the trim edges, starting outside the bleed."""
    x0, y0, x1, y1 = geometry.trim_box
    near, far = style.CROP_MARK_OFFSET, style.CROP_MARK_OFFSET + style.CROP_MARK_LENGTH
    canv.saveState()
    canv.setStrokeColor(style.BLACK)
    canv.setLineWidth(style.CROP_MARK_WIDTH)
    for x, sx in ((x0, -1), (x1, 1)):
        for y, sy in ((y0, -1), (y1, 1)):
            canv.line(x + sx * near, y, x + sx * far, y)  # horizontal mark
            canv.line(x, y + sy * near, x, y + sy * far)  # vertical mark
    canv.restoreState()
