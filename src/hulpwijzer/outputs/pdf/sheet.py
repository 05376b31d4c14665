"""A flat printed sheet (the poster, the wallet card): its canvas, boxes, marks and text.

*print*: the trim plus 3 mm bleed plus room for the crop marks and the slug line (as the
booklet's print file, :class:`.render.Geometry`), TrimBox and BleedBox on every page, CMYK
enforced, no links, made PDF/X-1a by :mod:`.pdfx`. *screen*: the trim only, with links. The
text goes through :mod:`hulpwijzer.typeset` (bidi, shaping, fonts) like every text of the guide.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from ... import typeset as text
from ...model import Guide
from .. import OUTPUTS, Rendered
from . import style
from .canvas import dated_canvas
from .flowables import QRCode
from .render import Geometry, crop_marks, slug_line
from .style import TextStyle


@dataclass
class Sheet:
    """A canvas for one flat output (``variant``), its pages drawn one after the other."""

    guide: Guide
    variant: str
    place: Geometry
    title: str
    language: str
    rtl: bool = False  # the title's direction
    slug: str = ""  # the print shop's line below the trim, after the title; {page} for the page

    def __post_init__(self):
        text.register_fonts()
        self._out = io.BytesIO()
        self.print_file = OUTPUTS[self.variant].pdfx is not None
        options = dict(
            pagesize=self.place.media,
            invariant=1,
            pageCompression=1,
            initialFontName=text.LATIN_FONT,
            lang=self.language,
        )
        if self.print_file:
            options.update(
                enforceColorSpace="cmyk",
                trimBox=self.place.trim_box,
                bleedBox=self.place.bleed_box,
            )
        make = dated_canvas(self.guide.settings.edition, links=not self.print_file)
        self.canv = make(self._out, **options)
        self.canv.setTitle(self.title)
        self.canv.setAuthor(self.title)
        self.canv.setCreator("hulpwijzer")
        self.canv.setProducer("hulpwijzer")
        self.pages = 0

    def end_page(self) -> None:
        """Finish the page: the crop marks and the slug line of a print file."""
        self.pages += 1
        if self.place.marks:
            crop_marks(self.canv, self.place)
            line = self.slug.format(page=self.pages)
            slug_line(self.canv, self.place, self.title, self.rtl, line)
        self.canv.showPage()

    def finish(self) -> Rendered:
        """The file: PDF/X-1a for a print variant."""
        self.canv.save()
        data = self._out.getvalue()
        standard = OUTPUTS[self.variant].pdfx
        if standard:
            from .pdfx import make_pdfx

            data = make_pdfx(data, standard)
        return Rendered(data, self.pages)

    def lines(self, content: str, width: float, tstyle: TextStyle, rtl: bool) -> list:
        """``content`` broken into lines ``width`` wide."""
        return text.wrap(content, width, tstyle.size, bold=tstyle.bold, rtl=rtl)

    def write(
        self,
        content: str,
        x: float,
        top: float,
        width: float,
        tstyle: TextStyle,
        rtl: bool,
        colour=style.BLACK,
        align: str = "start",
    ) -> float:
        """Draw ``content`` wrapped in [x, x + width] from ``top`` down; the y below it."""
        self.canv.setFillColor(colour)
        y = top
        for line in self.lines(content, width, tstyle, rtl):
            text.draw_line(self.canv, line, x, y - tstyle.size, width, align)
            y -= tstyle.line_height
        return y - tstyle.space_after

    def height_of(self, content: str, width: float, tstyle: TextStyle, rtl: bool) -> float:
        """How tall :meth:`write` draws ``content``."""
        lines = self.lines(content, width, tstyle, rtl)
        return len(lines) * tstyle.line_height + tstyle.space_after

    def qr(self, url: str, x: float, y: float, size: float) -> float:
        """The QR code of ``url`` (``size`` without its quiet zone) with its lower left corner
        at (x, y), a link on screen; its width with the quiet zone."""
        code = QRCode(url, size)
        code.drawOn(self.canv, x, y)
        if not self.print_file:
            self.canv.linkURL(url, (x, y, x + code.width, y + code.height), relative=0)
        return code.width


def qr_width(url: str, size: float) -> float:
    """The width of the QR code of ``url`` at ``size``, with its quiet zone."""
    return QRCode(url, size).width
